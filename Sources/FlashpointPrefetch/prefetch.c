// The prefetch hint is an inline function in include/FlashpointPrefetch.h; SwiftPM wants one source file.
#include "FlashpointPrefetch.h"
