# Views of training: charts, network diagram, decision map, gradients, weights, activations.
list(APPEND LAYERLAB_WIDGET_SOURCES
    activation_view.cpp activation_view.h
    annotated_chart_view.cpp annotated_chart_view.h
    chart_decimation.cpp chart_decimation.h
    chart_pair.cpp chart_pair.h
    chart_export.cpp chart_export.h
    confusion_matrix_view.cpp confusion_matrix_view.h
    decision_map_view.cpp decision_map_view.h
    distribution_view.cpp distribution_view.h
    doctor_view.cpp doctor_view.h
    feature_map_view.cpp feature_map_view.h
    gradient_view.cpp gradient_view.h
    live_curve.cpp live_curve.h
    histogram_painter.cpp histogram_painter.h
    loss_chart_view.cpp loss_chart_view.h
    network_diagram_view.cpp network_diagram_view.h
    neuron_image.cpp neuron_image.h
    refresh_budget.cpp refresh_budget.h
    refresh_throttle.cpp refresh_throttle.h
    snapshot_view.cpp snapshot_view.h
    sample_gallery_view.cpp sample_gallery_view.h
    view_style.cpp view_style.h
    weight_view.cpp weight_view.h
)
