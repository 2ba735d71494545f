# One INTERFACE target carries the language standard and warnings for every
# Retail OS target, so flags are set in exactly one place.
add_library(retailos_flags INTERFACE)
add_library(RetailOS::flags ALIAS retailos_flags)

target_compile_features(retailos_flags INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_include_directories(retailos_flags INTERFACE "${PROJECT_SOURCE_DIR}")

target_compile_definitions(retailos_flags INTERFACE
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_CAST_FROM_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
)

target_compile_options(retailos_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wno-sign-conversion
)

option(RETAILOS_WERROR "Treat warnings as errors" OFF)
if(RETAILOS_WERROR)
  target_compile_options(retailos_flags INTERFACE -Werror)
endif()

option(RETAILOS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RETAILOS_SANITIZE)
  target_compile_options(retailos_flags INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(retailos_flags INTERFACE -fsanitize=address,undefined)
endif()
