package onestop.platform.metrics;

import java.util.List;

/** Declares a service's {@link StoredGauge}s: an {@code @ApplicationScoped} bean per service (or per feature). */
public interface StoredGaugeSource {

    List<StoredGauge> gauges();
}
