# Tests of the training views.
foreach(test
        test_activation_view
        test_chart_export
        test_decision_map_view
        test_distribution_view
        test_doctor_view
        test_gradient_view
        test_loss_chart_view
        test_network_diagram_view
        test_refresh_budget
        test_refresh_throttle
        test_view_style
        test_weight_view)
    layerlab_add_test(${test} ${test}.cpp view_test_support.h LIBS widgets LABELS widgets)
endforeach()

# The views include only value types from the engine and run nothing over the model.
add_test(NAME views_only_draw COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/views_only_draw.sh ${PROJECT_SOURCE_DIR}/widgets)
set_tests_properties(views_only_draw PROPERTIES LABELS widgets)
