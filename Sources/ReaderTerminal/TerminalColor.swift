import Foundation

/// A colour as a theme names it: the terminal's own default, a palette index 0–255, or `#RRGGBB`.
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(RGB)

    public static let `default` = TerminalColor.terminalDefault

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", one of the eight ANSI names, "bright-NAME" (8–15), "0"–"255" or "#RRGGBB".
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" { self = .terminalDefault; return }
        if let i = Self.names.firstIndex(of: lower) { self = .indexed(i); return }
        if lower.hasPrefix("bright-"), let i = Self.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .indexed(8 + i)
            return
        }
        if let number = Int(lower) {
            guard (0...255).contains(number) else { return nil }
            self = .indexed(number)
            return
        }
        if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(RGB(value))
            return
        }
        return nil
    }

    /// The colour's red, green and blue as xterm shows them; nil for the terminal default.
    public var rgb: RGB? {
        switch self {
        case .terminalDefault: nil
        case .indexed(let index): XtermPalette.rgb(of: index)
        case .rgb(let value): value
        }
    }
}

/// Red, green, blue in 0–255.
public struct RGB: Hashable, Sendable {
    public var red: Int
    public var green: Int
    public var blue: Int

    public init(_ red: Int, _ green: Int, _ blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public init(_ packed: UInt32) {
        self.init(Int(packed >> 16 & 0xff), Int(packed >> 8 & 0xff), Int(packed & 0xff))
    }

    public var packed: Int { red << 16 | green << 8 | blue }

    /// WCAG 2 relative luminance.
    public var luminance: Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG 2 contrast ratio, 1…21.
    public func contrast(with other: RGB) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// A perceptual ("redmean") distance, good enough to pick the nearest palette colour.
    func distance(to other: RGB) -> Double {
        let meanRed = Double(red + other.red) / 2
        let dr = Double(red - other.red), dg = Double(green - other.green), db = Double(blue - other.blue)
        return (2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db
    }
}

/// A text attribute a role can ask for.
public enum TextAttribute: String, CaseIterable, Sendable, Hashable {
    case bold, dim, underline, reverse, italic, standout
}
