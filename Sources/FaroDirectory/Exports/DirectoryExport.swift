/// The directory's open-data exports, all under `data/`: CSV per category, JSON, GeoJSON, an Open Referral
/// HSDS 3.x data package and HXL-tagged CSV. Output depends only on the records, so two builds are identical.
///
/// Sample records (`example: true`) are left out unless `includeExamples` is true; when included, every
/// format marks them (`example` column or property; names and descriptions prefixed in HSDS).
public enum DirectoryExport {
    /// Every export file for `directory`; `baseURL` is the site's address, named as the data's homepage.
    public static func files(for directory: Directory, baseURL: String, includeExamples: Bool) -> [ExportFile] {
        let selection = ExportSelection(directory: directory, includeExamples: includeExamples)
        let homepage = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return RecordCSVExport(selection: selection).files
            + [DirectoryJSONExport(selection: selection, baseURL: homepage, includeExamples: includeExamples).file,
               GeoJSONExport(selection: selection).file,
               HXLExport(selection: selection).file]
            + HSDSExport(selection: selection, baseURL: homepage).files
    }
}
