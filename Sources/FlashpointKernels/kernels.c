// The kernels are inline functions in include/FlashpointKernels.h; SwiftPM wants one source file.
#include "FlashpointKernels.h"
