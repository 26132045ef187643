-- Monitoring now raises its hits as alerts (V13 alerts, idempotent per party/entry/content hash);
-- the interim monitor_hit table of V3 is no longer used.
DROP TABLE monitor_hit;
