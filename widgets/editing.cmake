# Model-building and training-control widgets.
list(APPEND LAYERLAB_WIDGET_SOURCES
    activation_plot.cpp activation_plot.h
    breakpoints_dialog.cpp breakpoints_dialog.h
    compact_combo.h
    control_icons.cpp control_icons.h
    counter_label.cpp counter_label.h
    epoch_progress.cpp epoch_progress.h
    gradient_flow.cpp gradient_flow.h
    data_panel.cpp data_panel.h
    divergence_banner.cpp divergence_banner.h
    elided_label.cpp elided_label.h
    form_rows.h
    formula_text.cpp formula_text.h
    layer_inspector.cpp layer_inspector.h
    layer_mime.cpp layer_mime.h
    layer_palette.cpp layer_palette.h
    layer_text.cpp layer_text.h
    log_spin_box.cpp log_spin_box.h
    model_canvas.cpp model_canvas.h
    model_summary_view.cpp model_summary_view.h
    timeline_slider.cpp timeline_slider.h
    training_controls.cpp training_controls.h
    training_settings_panel.cpp training_settings_panel.h
)
