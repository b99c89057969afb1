# Files of engine/data, added to the engine target by engine/CMakeLists.txt.
set(LAYERLAB_DATA_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/data_spec.h
)
