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

# retailos_add_fuzz_target(fuzz_name SOURCES target.cpp ... LIBS lib ... SEEDS dir)
# A fuzz target defines `extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t)`.
# Normally it is linked with tests/fuzz/fuzz_driver.cpp and runs in CTest as a
# deterministic mutation run from the seed files in SEEDS (every file is one
# input; fixed random seed, bounded count, so CI is repeatable and quick).
# With -DRETAILOS_LIBFUZZER=ON and clang it becomes a libFuzzer binary for
# long open-ended runs: ./fuzz_name SEEDS_DIR.
option(RETAILOS_LIBFUZZER "Build fuzz targets for libFuzzer (clang only)" OFF)
function(retailos_add_fuzz_target name)
  cmake_parse_arguments(ARG "" "SEEDS" "SOURCES;LIBS" ${ARGN})
  if(RETAILOS_LIBFUZZER)
    add_executable(${name} ${ARG_SOURCES})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzz_driver.cpp)
  endif()
  target_link_libraries(${name} PRIVATE RetailOS::flags ${ARG_LIBS})
  file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT RETAILOS_LIBFUZZER)
    add_test(NAME "${rel}/${name}" COMMAND ${name} "${ARG_SEEDS}")
    set_tests_properties("${rel}/${name}" PROPERTIES
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;RETAILOS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
      LABELS fuzz TIMEOUT 600)
  endif()
endfunction()
