# retailos_add_test(tst_name SOURCES a.cpp ... LIBS lib ...)
# One executable per unit, registered with CTest under the name of its folder.
function(retailos_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE RetailOS::flags Qt6::Test ${ARG_LIBS})
  file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
  add_test(NAME "${rel}/${name}" COMMAND ${name})
  set_tests_properties("${rel}/${name}" PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;RETAILOS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    TIMEOUT 600)
endfunction()
