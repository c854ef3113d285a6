//! C1: the vision fits the region's DNA: themes, a regional fit, alliances.

use super::*;

impl Context<'_> {
    /// C1: the vision fits the region's DNA.
    pub(super) fn vision(&self) -> Option<Vec<Located>> {
        let centre = &self.proposal.centre;
        let alliances: Vec<&String> = centre.alliances.iter().filter(|a| !blank(a)).collect();
        if blank(&centre.name) && centre.themes.is_empty() && alliances.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        if centre.themes.is_empty() {
            out.add(Finding::NoFocus, Path::of("centre").field("themes"));
        }
        if blank(&centre.regional_fit) {
            out.add(
                Finding::NoRegionalFit,
                Path::of("centre").field("regional_fit"),
            );
        }
        if blank(&centre.complementarity) {
            out.add(
                Finding::NoComplementarity,
                Path::of("centre").field("complementarity"),
            );
        }
        if alliances.is_empty() {
            out.add(Finding::NoAlliances, Path::of("centre").field("alliances"));
        }
        // The werkdefinitie seeks the connection vmbo-mbo-hbo-wo: with a
        // single level among the partners, the chain has a missing link.
        let levels: Vec<PartnerKind> = [
            PartnerKind::Vo,
            PartnerKind::Mbo,
            PartnerKind::Hbo,
            PartnerKind::Wo,
        ]
        .into_iter()
        .filter(|level| {
            self.proposal
                .partners
                .iter()
                .any(|p| p.kind == Some(*level))
        })
        .collect();
        if let [level] = levels[..] {
            out.add(Finding::EducationChain { level }, Path::of("partners"));
        }
        Some(out.0)
    }
}
