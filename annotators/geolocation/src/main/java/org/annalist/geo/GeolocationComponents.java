package org.annalist.geo;

import java.util.List;
import org.annalist.core.plugin.ComponentDescriptor;
import org.annalist.core.plugin.ComponentProvider;

/** Makes the geolocation annotator known as {@code geolocation}. */
public final class GeolocationComponents implements ComponentProvider {

  @Override
  public List<ComponentDescriptor> components() {
    return List.of(ComponentDescriptor.annotator("geolocation", GeolocationAnnotator.class,
        "Finds place names and resolves them to GeoNames places with coordinates; adds focus places."));
  }
}
