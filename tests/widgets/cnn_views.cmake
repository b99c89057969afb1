# Tests of the views of convolutional networks on images.
foreach(test
        test_confusion_matrix_view
        test_feature_map_view
        test_sample_gallery_view)
    layerlab_add_test(${test} ${test}.cpp cnn_view_test_support.h view_test_support.h LIBS widgets LABELS widgets)
endforeach()

# Not a test: renders the three views from a CNN trained briefly on Fashion-MNIST
# (docs/screenshots/cnn-*.png): render_cnn_views OUT_DIR
add_executable(render_cnn_views render_cnn_views.cpp)
target_link_libraries(render_cnn_views PRIVATE widgets engine)
