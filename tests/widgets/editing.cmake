# Tests of the model-building and training-control widgets.
foreach(test
        test_breakpoints_dialog
        test_data_panel
        test_divergence_banner
        test_elided_label
        test_formula_text
        test_layer_inspector
        test_layer_palette
        test_log_spin_box
        test_model_canvas
        test_model_summary_view
        test_timeline_slider
        test_training_controls
        test_training_settings_panel)
    layerlab_add_test(${test} ${test}.cpp editing_test_support.h LIBS widgets LABELS widgets)
endforeach()
