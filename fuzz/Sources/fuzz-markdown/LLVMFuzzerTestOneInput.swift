import Foundation
import PortalCore

/// libFuzzer's entry point: called with every input it makes, under its own `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let problems = FuzzTarget.markdown.brokenPromises(Data(bytes: data, count: size))
    // A broken promise counts as a crash: libFuzzer keeps the input and stops.
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
