# Tests of the training views.
foreach(test
        test_activation_view
        test_chart_export
        test_decision_map_view
        test_gradient_view
        test_loss_chart_view
        test_network_diagram_view
        test_refresh_budget
        test_refresh_throttle
        test_view_style
        test_weight_view)
    layerlab_add_test(${test} ${test}.cpp view_test_support.h LIBS widgets LABELS widgets)
endforeach()
