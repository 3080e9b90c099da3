import DocketExtract
import DocketModel
import DocketReaders
import Foundation

// libFuzzer targets for every reader and for extraction. Build and run with scripts/fuzz.sh:
//
//     swift build -c debug --product docket-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//     DOCKET_FUZZ_TARGET=html .build/debug/docket-fuzz -max_total_time=600 Tests/Fuzz/corpus/html
//
// SwiftPM links executables with --defsym main=<target>_main, so the entry point is `docket_fuzz_main`, which
// hands control to libFuzzer's driver. Without the fuzzer runtime (a plain `swift build`), it reads files
// given as arguments and runs the target once on each, which is how the regression inputs are replayed.

/// The target chosen by DOCKET_FUZZ_TARGET: txt, md, html, docx, xlsx, ofd or extract.
let fuzzTarget = ProcessInfo.processInfo.environment["DOCKET_FUZZ_TARGET"] ?? "extract"

/// Runs one input through the chosen target; every error must be a clean `ReadError`, never a crash.
func runFuzzInput(_ bytes: [UInt8]) {
    let limits = ReadLimits(maxFileBytes: 1 << 20, maxUnzippedBytes: 8 << 20, maxZipRatio: 200, maxDepth: 256)
    let reader: (any Reader)?
    switch fuzzTarget {
    case "txt": reader = PlainTextReader()
    case "md": reader = MarkdownReader()
    case "html": reader = HTMLReader()
    case "docx": reader = DocxReader()
    case "xlsx": reader = XlsxReader()
    case "ofd": reader = OFDReader()
    default: reader = nil
    }
    if let reader {
        guard let out = try? reader.read(path: "fuzz." + reader.format, bytes: bytes, limits: limits) else { return }
        check(out.document)
        _ = Extractor().extract(out.document, referenceDate: Day(year: 2025, month: 7, day: 1))
        return
    }
    // extract: any bytes as text, decoded leniently.
    let doc = SourceText(String(decoding: bytes, as: UTF8.self))
    let source = SourceDocument(path: "fuzz.txt", format: "txt", text: doc, blocks: SourceDocument.lineBlocks(doc))
    let x = Extractor().extract(source, referenceDate: Day(year: 2025, month: 7, day: 1))
    for t in x.tasks { precondition(t.range.end <= doc.count && t.range.start <= t.range.end, "task span out of range") }
}

/// Checks the invariants every reader must keep: blocks inside the text, in order.
func check(_ d: SourceDocument) {
    var last = 0
    for b in d.blocks {
        precondition(b.range.start >= last || b.kind == .tableRow, "blocks out of order")
        precondition(b.range.end <= d.text.count, "block beyond the text")
        for c in b.cells { precondition(c.end <= d.text.count, "cell beyond the text") }
        last = b.range.start
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    runFuzzInput(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ cb: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("docket_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    #if DOCKET_LIBFUZZER
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v, { d, s in fuzzOne(d, s) })
    #else
    // Replay mode: run each file (or every file in each folder) once.
    for path in CommandLine.arguments.dropFirst() {
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        let files = isDir.boolValue ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
        for f in files {
            guard let d = FileManager.default.contents(atPath: f) else { continue }
            runFuzzInput([UInt8](d))
        }
        print("replayed \(files.count) input(s) from \(path) through \(fuzzTarget)")
    }
    return 0
    #endif
}
