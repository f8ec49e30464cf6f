// WebSocketsModule.h: declared in UE/Engine.h (see there).
// module: WebSockets
#pragma once
#include "UE/Engine.h"
