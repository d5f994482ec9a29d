/// The placeholder texts of new files, in the file's language (English for a language with none here).
/// Short on purpose: each one tells the editor what to write in its place.
struct ScaffoldPhrases: Sendable {
    let pageDescription, pageBody: String
    let guideDescription, guideIntro, guideParts: String
    let chapterTitle, chapterDescription, chapterBody: String
    let sourcesHeading, sourcesHint: String
    let exampleSource, exampleComment: String
    let optionalHint, organizationHint, signatoryHint: String

    /// The phrases for `language`, or English.
    static func phrases(for language: String) -> ScaffoldPhrases {
        all[language] ?? all["en"]!
    }

    static let all: [String: ScaffoldPhrases] = [
        "es": ScaffoldPhrases(
            pageDescription: "Una frase que resume esta página.",
            pageBody: "Escribe aquí el texto de la página, en Markdown. Usa frases cortas y di de dónde viene la información.",
            guideDescription: "Una frase que resume esta guía.",
            guideIntro: "Explica aquí de qué trata esta guía y para quién es.",
            guideParts: "Esta guía tiene estas partes:",
            chapterTitle: "Primera parte", chapterDescription: "Una frase que resume esta parte.",
            chapterBody: "Escribe aquí el texto de esta parte, en Markdown.",
            sourcesHeading: "Fuentes", sourcesHint: "Nombre de la fuente, con su enlace y su fecha.",
            exampleSource: "Dato de muestra; no es un lugar real",
            exampleComment: "Registro de muestra: no existe. Con datos verificados, cambia source y last_verified y quita la línea example.",
            optionalHint: "Claves opcionales (ver Content/directory/SCHEMA.md): quita el # para usar una.",
            organizationHint: "el id de un archivo de organizations/",
            signatoryHint: "firmó las recomendaciones de 2021"),
        "en": ScaffoldPhrases(
            pageDescription: "One sentence that sums up this page.",
            pageBody: "Write the text of the page here, in Markdown. Use short sentences and say where the information comes from.",
            guideDescription: "One sentence that sums up this guide.",
            guideIntro: "Say here what this guide is about and who it is for.",
            guideParts: "This guide has these parts:",
            chapterTitle: "Part one", chapterDescription: "One sentence that sums up this part.",
            chapterBody: "Write the text of this part here, in Markdown.",
            sourcesHeading: "Sources", sourcesHint: "Name of the source, with its link and date.",
            exampleSource: "Sample data; not a real place",
            exampleComment: "Sample record: it does not exist. With verified data, change source and last_verified and remove the example line.",
            optionalHint: "Optional keys (see Content/directory/SCHEMA.md): remove the # to use one.",
            organizationHint: "the id of a file in organizations/",
            signatoryHint: "signed the 2021 recommendations"),
        "fr": ScaffoldPhrases(
            pageDescription: "Une phrase qui résume cette page.",
            pageBody: "Écrivez ici le texte de la page, en Markdown. Utilisez des phrases courtes et dites d’où vient l’information.",
            guideDescription: "Une phrase qui résume ce guide.",
            guideIntro: "Expliquez ici de quoi parle ce guide et à qui il s’adresse.",
            guideParts: "Ce guide a ces parties :",
            chapterTitle: "Première partie", chapterDescription: "Une phrase qui résume cette partie.",
            chapterBody: "Écrivez ici le texte de cette partie, en Markdown.",
            sourcesHeading: "Sources", sourcesHint: "Nom de la source, avec son lien et sa date.",
            exampleSource: "Donnée d’exemple ; ce n’est pas un lieu réel",
            exampleComment: "Fiche d’exemple : elle n’existe pas. Avec des données vérifiées, changez source et last_verified et retirez la ligne example.",
            optionalHint: "Clés facultatives (voir Content/directory/SCHEMA.md) : retirez le # pour en utiliser une.",
            organizationHint: "l’id d’un fichier de organizations/",
            signatoryHint: "a signé les recommandations de 2021"),
        "pt": ScaffoldPhrases(
            pageDescription: "Uma frase que resume esta página.",
            pageBody: "Escreva aqui o texto da página, em Markdown. Use frases curtas e diga de onde vem a informação.",
            guideDescription: "Uma frase que resume este guia.",
            guideIntro: "Explique aqui do que trata este guia e para quem ele é.",
            guideParts: "Este guia tem estas partes:",
            chapterTitle: "Primeira parte", chapterDescription: "Uma frase que resume esta parte.",
            chapterBody: "Escreva aqui o texto desta parte, em Markdown.",
            sourcesHeading: "Fontes", sourcesHint: "Nome da fonte, com o link e a data.",
            exampleSource: "Dado de exemplo; não é um lugar real",
            exampleComment: "Registro de exemplo: não existe. Com dados verificados, mude source e last_verified e tire a linha example.",
            optionalHint: "Chaves opcionais (ver Content/directory/SCHEMA.md): tire o # para usar uma.",
            organizationHint: "o id de um arquivo de organizations/",
            signatoryHint: "assinou as recomendações de 2021"),
        "ht": ScaffoldPhrases(
            pageDescription: "Yon fraz ki rezime paj sa a.",
            pageBody: "Ekri tèks paj la isit la, an Markdown. Sèvi ak fraz kout epi di kote enfòmasyon an soti.",
            guideDescription: "Yon fraz ki rezime gid sa a.",
            guideIntro: "Eksplike isit la sou kisa gid sa a ye ak pou ki moun li ye.",
            guideParts: "Gid sa a gen pati sa yo:",
            chapterTitle: "Premye pati", chapterDescription: "Yon fraz ki rezime pati sa a.",
            chapterBody: "Ekri tèks pati sa a isit la, an Markdown.",
            sourcesHeading: "Sous", sourcesHint: "Non sous la, ak lyen li ak dat li.",
            exampleSource: "Done egzanp; se pa yon kote ki egziste vre",
            exampleComment: "Done egzanp: kote sa a pa egziste. Lè ou gen done ki verifye, chanje source ak last_verified epi retire liy example la.",
            optionalHint: "Kle ou pa oblije mete (gade Content/directory/SCHEMA.md): retire # la pou sèvi ak youn.",
            organizationHint: "id yon fichye nan organizations/",
            signatoryHint: "te siyen rekòmandasyon 2021 yo"),
    ]
}
