/// xterm's default 256-colour palette, and the nearest entry to a colour among the first 8, 16 or 256.
/// Terminals differ in their first 16 colours; xterm's are the usual reference.
public enum XtermPalette {
    private static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static let all: [RGB] = (0..<256).map(computeRGB)

    public static func rgb(of index: Int) -> RGB { all[max(0, min(255, index))] }

    private static func computeRGB(_ index: Int) -> RGB {
        if index < 16 { return ansi[index] }
        if index < 232 {
            let i = index - 16
            return RGB(cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
        }
        let grey = 8 + (index - 232) * 10
        return RGB(grey, grey, grey)
    }

    /// The index among the first `count` palette entries closest to `color`. With 256 colours
    /// only the cube and the greys are searched: they are the same on every terminal.
    public static func nearest(to color: RGB, among count: Int) -> Int {
        var best = 0
        var bestDistance = Double.infinity
        for index in count >= 256 ? 16..<256 : 0..<count {
            let distance = all[index].distance(to: color)
            if distance < bestDistance { (best, bestDistance) = (index, distance) }
        }
        return best
    }
}
