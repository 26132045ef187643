package io.embargo.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.file.Files;
import java.util.Map;

/** {@code POST /v1/batch} (CSV upload), {@code GET /v1/batch/{id}} (progress), result and rejects downloads. */
final class BatchApi {
  private final BatchJobs jobs;

  BatchApi(BatchJobs jobs) {
    this.jobs = jobs;
  }

  void upload(Context ctx) throws Exception {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiException(415, "unsupported_media_type", "Content-Type: must be multipart/form-data with a 'file' part");
    }
    UploadedFile f = ctx.uploadedFile("file");
    if (f == null) {
      throw ApiException.badRequest("file: required (multipart part named 'file')");
    }
    if (f.size() == 0) {
      throw ApiException.badRequest("file: is empty");
    }
    BatchJobs.Job job = jobs.submit(Guard.actor(ctx), f.filename(), f.content(), ctx.formParam("columns"),
        "true".equals(ctx.formParam("all")));
    ctx.status(202).json(Map.of("id", job.id, "status", "/v1/batch/" + job.id, "result", "/v1/batch/" + job.id + "/result"));
  }

  void status(Context ctx) {
    ctx.json(job(ctx).status());
  }

  void result(Context ctx) throws Exception {
    BatchJobs.Job j = job(ctx);
    if (j.state != BatchJobs.State.DONE) {
      throw new ApiException(409, "conflict", "id: batch " + j.id + " is " + j.state + ", not DONE");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"embargo-hits-" + j.id + ".csv\"");
    ctx.result(Files.newInputStream(j.output()));
  }

  void rejects(Context ctx) throws Exception {
    BatchJobs.Job j = job(ctx);
    if (j.state != BatchJobs.State.DONE || !Files.exists(j.rejects())) {
      throw ApiException.notFound("id: batch " + j.id + " has no rejects file");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"embargo-rejects-" + j.id + ".csv\"");
    ctx.result(Files.newInputStream(j.rejects()));
  }

  private BatchJobs.Job job(Context ctx) {
    String id = ctx.pathParam("id");
    return jobs.find(id, Guard.actor(ctx)).orElseThrow(() -> ApiException.notFound("id: no batch '" + id + "' of yours"));
  }
}
