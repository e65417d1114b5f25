import Foundation

/// Locates the data files that ship with Flashpoint: models, dictionaries, event patterns and the gazetteer.
///
/// Files live under `Sources/FlashpointCore/Resources` and are copied into the build's resource bundle.
/// `FLASHPOINT_RESOURCES` points somewhere else (a folder with the same layout) when set.
public enum FlashpointResources {
    /// The folder that holds `models/`, `dictionaries/`, `events/` and `gazetteer/`.
    public static var root: URL {
        if let override = ProcessInfo.processInfo.environment["FLASHPOINT_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return bundledRoot
    }

    /// The URL of a file below the resource root, e.g. `url("models/tagger.bin")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    private static let bundledRoot: URL = {
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) {
            return url
        }
        return Bundle.module.bundleURL.appendingPathComponent("Resources", isDirectory: true)
    }()
}
