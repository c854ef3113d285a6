//! What saving and share links tell the user, per language: the names the
//! plan list gives, why stored plans could not be read, a save the browser
//! refused, what another tab changed, and why a share link cannot be opened.
//!
//! The file formats keep their own typed errors and notices
//! (`formats::storage`, `formats::share_link`) and ask here for the words:
//! this layer lies below them and cannot name their types, so a text with
//! values in it is a function of plain values. One struct, one constant per
//! language: a text missing in either language does not compile.

use crate::text::lang::Lang;

pub struct Notices {
    /// The plan list's name for a plan without a name or a centre name.
    pub untitled_plan: &'static str,
    /// A duplicated plan is named "… (kopie)".
    pub copy_suffix: &'static str,
    /// The other tab's version of a plan both tabs changed: "… (andere versie)".
    pub other_version_suffix: &'static str,

    /// Stored plans that could not be read, with why (`detail`, one of the
    /// reasons below or a read error).
    pub unreadable: fn(&str) -> String,
    /// Reason: not JSON, at this line and column.
    pub not_json: fn(usize, usize) -> String,
    /// Reason: JSON, but not Centra-check's.
    pub not_ours: &'static str,
    /// Reason: saved by a newer version of the storage.
    pub newer_version: fn(&str) -> String,
    /// Reason: an envelope with a wrong shape; the detail names where.
    pub damaged: fn(&str) -> String,
    /// The file name offered for the unreadable text, before its time stamp.
    pub kept_aside_file: &'static str,

    /// The browser refused to store the latest changes.
    pub save_refused: &'static str,
    /// The button beside `save_refused` that exports the open plan.
    pub export_plan: &'static str,

    /// Another tab changed the same plans: the other versions kept apart
    /// (their titles, quoted and listed).
    pub other_versions_kept: fn(&str) -> String,
    /// Plans deleted in one tab and changed in the other, so kept.
    pub kept_from_delete: fn(&str) -> String,
    /// The open plan (its title) was updated from another tab.
    pub updated_from_other_tab: fn(&str) -> String,

    /// A share link that some mail and chat programs may cut off.
    pub link_long: &'static str,
    /// A plan too large for a share link.
    pub link_too_long: &'static str,
    pub not_a_share_link: &'static str,
    /// A share link of a newer encoding (its version tag).
    pub link_newer_version: fn(&str) -> String,
    /// A share link cut off or altered on the way.
    pub link_damaged: &'static str,
    pub link_too_large: &'static str,
    pub link_no_plan: &'static str,
    /// The plan in a share link cannot be read: the read error.
    pub link_unreadable: fn(&str) -> String,
}

pub fn notices(lang: Lang) -> &'static Notices {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

pub const NL: Notices = Notices {
    untitled_plan: "Naamloos plan",
    copy_suffix: "kopie",
    other_version_suffix: "andere versie",

    unreadable: |detail| format!("Eerder bewaarde plannen konden niet worden gelezen: {detail}. De bewaarde tekst is apart gezet en niet overschreven; download hem om hem te bewaren."),
    not_json: |line, column| format!("de tekst is beschadigd (regel {line}, kolom {column})"),
    not_ours: "het zijn geen plannen van Centra-check",
    newer_version: |version| format!(
        "ze zijn bewaard door een nieuwere versie van Centra-check (versie {version}); open de nieuwste versie om ze terug te zien"
    ),
    damaged: |detail| format!("de opslag is beschadigd ({detail})"),

    kept_aside_file: "centra-check-bewaard",
    save_refused: "Je laatste wijzigingen zijn niet bewaard: de browser weigert ze op te slaan (de opslag is vol of uitgeschakeld). Je plan staat nog gewoon op deze pagina en eerder bewaarde plannen blijven heel. Exporteer je plan als bestand om het veilig te stellen; bij elke wijziging proberen we het opnieuw.",
    export_plan: "Exporteer dit plan",

    other_versions_kept: |titles| format!(
        "Een plan is in een ander tabblad ook gewijzigd. Beide versies zijn bewaard; die uit het andere tabblad staat apart als {titles}."
    ),
    kept_from_delete: |titles| format!(
        "Verwijderd in het ene tabblad maar gewijzigd in het andere, dus bewaard: {titles}."
    ),
    updated_from_other_tab: |title| format!("‘{title}’ is bijgewerkt vanuit een ander tabblad."),

    link_long: "Deze link is lang: browsers openen hem, maar sommige mail- en chatprogramma's knippen hem af. Stuur bij twijfel het bestand (Exporteren).",
    link_too_long: "Dit plan is te groot voor een link. Stuur het bestand (Exporteren); de ontvanger kan het importeren.",
    not_a_share_link: "Dit is geen deellink van Centra-check.",
    link_newer_version: |version| format!(
        "Deze link is gemaakt met een nieuwere versie van Centra-check (‘{version}’) en kan hier niet worden geopend."
    ),
    link_damaged: "Deze link is onvolledig of beschadigd: kopieer de hele link opnieuw, of vraag om het bestand.",
    link_too_large: "Het plan in deze link is te groot om te openen.",
    link_no_plan: "Deze link bevat geen plan.",
    link_unreadable: |error| format!("Het plan in deze link kan niet worden gelezen: {error}"),
};

pub const EN: Notices = Notices {
    untitled_plan: "Untitled plan",
    copy_suffix: "copy",
    other_version_suffix: "other version",

    unreadable: |detail| format!("Previously saved plans could not be read: {detail}. The stored text has been set aside, not overwritten; download it to keep it."),
    not_json: |line, column| format!("the text is damaged (line {line}, column {column})"),
    not_ours: "it holds no Centra-check plans",
    newer_version: |version| format!(
        "they were saved by a newer version of Centra-check (version {version}); open the latest version to see them again"
    ),
    damaged: |detail| format!("the storage is damaged ({detail})"),

    kept_aside_file: "centra-check-kept-aside",
    save_refused: "Your latest changes were not kept: the browser refuses to store them (storage is full or disabled). Your plan is still on this page and plans kept earlier stay intact. Export your plan as a file to keep it safe; we try again with every change.",
    export_plan: "Export this plan",

    other_versions_kept: |titles| format!(
        "A plan was also changed in another tab. Both versions are kept; the one from the other tab is kept separately as {titles}."
    ),
    kept_from_delete: |titles| format!(
        "Deleted in one tab but changed in the other, so kept: {titles}."
    ),
    updated_from_other_tab: |title| format!("‘{title}’ was updated from another tab."),

    link_long: "This link is long: browsers open it, but some mail and chat programs cut it off. If in doubt, send the file (Export).",
    link_too_long: "This plan is too large for a link. Send the file (Export); the recipient can import it.",
    not_a_share_link: "This is not a Centra-check share link.",
    link_newer_version: |version| format!(
        "This link was made by a newer version of Centra-check (‘{version}’) and cannot be opened here."
    ),
    link_damaged: "This link is incomplete or damaged: copy the whole link again, or ask for the file.",
    link_too_large: "The plan in this link is too large to open.",
    link_no_plan: "This link holds no plan.",
    link_unreadable: |error| format!("The plan in this link cannot be read: {error}"),
};
