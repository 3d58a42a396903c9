/// All the reader's state, as a value. (Foundation stub: the reader issue grows it.)
public struct ReaderState: Sendable {
    public var documents: [Document]
    public var currentDocument = 0
    public var width: Int
    public var height: Int
    /// First visible line of the article pane.
    public var scroll = 0
    public var shouldQuit = false

    public init(documents: [Document], width: Int, height: Int) {
        self.documents = documents
        self.width = width
        self.height = height
    }
}
