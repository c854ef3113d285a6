//! Which findings a criterion shows and how: one gap, one finding (a
//! finding that restates a stronger one is left out), the order within a
//! criterion, and the findings grouped by code for the page.

use litemap::LiteMap;

use crate::engine::model::*;
use crate::engine::order::sorted_order;
use crate::engine::path::Path;

use super::{Finding, Located, Severity, ShareBound};

impl Finding {
    /// Whether this kind of finding supersedes any other (the left column
    /// of "Superseded findings" in `criteria.md`).
    pub fn can_supersede(&self) -> bool {
        use Finding::*;
        matches!(
            self,
            NoPracticePartner
                | NoEducationPartner
                | Share {
                    rule: ShareBound::Missing,
                    ..
                }
                | BureauShareExcessive { .. }
                | NoBureauDistinction
                | ActivityNoBudget { .. }
                | NoIndicators
                | NoExperiment
        )
    }
}

impl Finding {
    /// Whether this finding supersedes only findings on its own path.
    fn supersedes_on_its_path(&self) -> bool {
        matches!(self, Finding::ActivityNoBudget { .. })
    }
}

impl Located {
    /// Whether this finding only restates `stronger` about the same sector
    /// or subject ("one gap, one finding": the table "Superseded findings"
    /// of `criteria.md`). The stronger one is always at least as severe, so
    /// leaving this one out never changes a status.
    pub fn superseded_by(&self, stronger: &Located) -> bool {
        use Finding::*;
        match (&stronger.finding, &self.finding) {
            (
                NoPracticePartner,
                NotStrategic {
                    sector: Sector::Practice,
                }
                | NotExecutive {
                    sector: Sector::Practice,
                }
                | NoCofinancing {
                    sector: Sector::Practice,
                }
                | NoCompanyManagement
                | FewCompanies { .. },
            ) => true,
            (
                NoEducationPartner,
                NotStrategic {
                    sector: Sector::Education,
                }
                | NotExecutive {
                    sector: Sector::Education,
                }
                | NoCofinancing {
                    sector: Sector::Education,
                }
                | NoBoard,
            ) => true,
            (
                Share {
                    sector: missing,
                    rule: ShareBound::Missing,
                    ..
                },
                Share {
                    sector: low,
                    rule: ShareBound::Low,
                    ..
                },
            ) => missing == low,
            (BureauShareExcessive { .. }, BureauShareHigh { .. }) => true,
            (NoBureauDistinction, UnclassifiedLines { .. }) => true,
            // Both sit on the activity's own path, which names it uniquely.
            (ActivityNoBudget { .. }, CostPerUnit { .. }) => stronger.path == self.path,
            (NoIndicators, GroupMissing { .. } | NoCompanyIndicator) => true,
            (NoExperiment, ExperimentAlone) => true,
            _ => false,
        }
    }
}

/// Leaves out every finding that another one in the list supersedes.
///
/// Linear in the findings: a weaker finding is compared only with the
/// stronger ones that could concern it. Those about one subject by its
/// path (an activity without budget: one per activity, entered in the
/// order of the rows) are looked up by path, as a plan may have
/// thousands; the others are one per sector or subject.
pub fn without_superseded(findings: Vec<Located>) -> Vec<Located> {
    let mut on_path: LiteMap<Path, usize> = LiteMap::new();
    let mut few = Vec::new();
    for (index, finding) in findings.iter().enumerate() {
        match (&finding.path, finding.finding.supersedes_on_its_path()) {
            (Some(path), true) => {
                on_path.insert(path.clone(), index);
            }
            _ if finding.finding.can_supersede() => few.push(index),
            _ => {}
        }
    }
    let keep: Vec<bool> = findings
        .iter()
        .map(|weaker| {
            let same_path = weaker.path.as_ref().and_then(|path| on_path.get(path));
            !few.iter()
                .chain(same_path)
                .any(|&s| weaker.superseded_by(&findings[s]))
        })
        .collect();
    findings
        .into_iter()
        .zip(keep)
        .filter_map(|(finding, keep)| keep.then_some(finding))
        .collect()
}

/// The findings by code, each code where its first finding stands and
/// its findings in their order: how the page groups many findings of one
/// kind without changing the order the report gives.
pub fn by_code(findings: &[Located]) -> Vec<(String, Vec<&Located>)> {
    let mut groups: Vec<(String, Vec<&Located>)> = Vec::new();
    for located in findings {
        let code = located.finding.code();
        // A search of the few codes seen so far: linear in the findings.
        match groups.iter_mut().find(|(seen, _)| *seen == code) {
            Some((_, group)) => group.push(located),
            None => groups.push((code, vec![located])),
        }
    }
    groups
}

/// The order within a criterion: the balance plan first (it answers the
/// findings below it), then errors, warnings and information, each in the
/// order the rules found them (in C3 a cause before what it causes).
pub fn in_report_order(findings: Vec<Located>) -> Vec<Located> {
    let rank = |located: &Located| match (&located.finding, located.finding.severity()) {
        (Finding::BalancePlan { .. }, _) => 0,
        (_, Severity::Error) => 1,
        (_, Severity::Warning) => 2,
        (_, Severity::Info) => 3,
    };
    let ranks: Vec<u8> = findings.iter().map(rank).collect();
    // Stable: within a rank, the order the rules found them. Through the
    // one sort of the download (`sorted_order`), not a sort of findings.
    let order = sorted_order(ranks.len(), &|a, b| ranks[a].cmp(&ranks[b]));
    let mut slots: Vec<Option<Located>> = findings.into_iter().map(Some).collect();
    order.iter().filter_map(|&at| slots[at].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::{RowKind, RowName};

    fn at(finding: Finding, row: usize) -> Located {
        Located {
            finding,
            path: Some(Path::of("activities").row(row)),
        }
    }

    #[test]
    fn a_finding_that_supersedes_on_its_path_supersedes_nothing_elsewhere() {
        // What makes looking it up by path in `without_superseded` right.
        for stronger in Finding::samples() {
            if !stronger.supersedes_on_its_path() {
                continue;
            }
            let stronger = at(stronger, 0);
            for weaker in Finding::samples() {
                assert!(
                    !at(weaker.clone(), 1).superseded_by(&stronger),
                    "{weaker:?}"
                );
            }
        }
    }

    #[test]
    fn findings_grouped_by_code_keep_the_order_of_the_report() {
        let activity = || RowName::new(RowKind::Activity, 0, "a");
        let findings = vec![
            at(
                Finding::ActivityNoGoal {
                    activity: activity(),
                },
                0,
            ),
            at(
                Finding::ActivityNoTarget {
                    activity: activity(),
                },
                0,
            ),
            at(
                Finding::ActivityNoGoal {
                    activity: activity(),
                },
                1,
            ),
            at(Finding::NoActivities, 0),
            at(
                Finding::ActivityNoTarget {
                    activity: activity(),
                },
                1,
            ),
        ];
        let groups = by_code(&findings);
        let summary: Vec<(&str, Vec<Option<&Path>>)> = groups
            .iter()
            .map(|(code, group)| {
                (
                    code.as_str(),
                    group.iter().map(|f| f.path.as_ref()).collect(),
                )
            })
            .collect();
        let row = |i| Some(Path::of("activities").row(i));
        let (r0, r1) = (row(0), row(1));
        assert_eq!(
            summary,
            vec![
                ("C4_ACTIVITY_NO_GOAL", vec![r0.as_ref(), r1.as_ref()]),
                ("C4_ACTIVITY_NO_TARGET", vec![r0.as_ref(), r1.as_ref()]),
                ("C4_NO_ACTIVITIES", vec![r0.as_ref()]),
            ]
        );
    }

    #[test]
    fn supersession_over_many_activities_is_linear() {
        // 40,000 activities without budget beside 40,000 other findings:
        // every pair would be 3.2 billion comparisons, minutes; linear
        // work is well under a second even unoptimised.
        let name = || RowName::new(RowKind::Activity, 0, "a");
        let mut findings = Vec::new();
        for row in 0..40_000 {
            findings.push(at(Finding::ActivityNoBudget { activity: name() }, row));
            findings.push(at(Finding::ActivityNoGoal { activity: name() }, row));
        }
        let started = std::time::Instant::now();
        let kept = without_superseded(findings);
        assert_eq!(kept.len(), 80_000);
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }
}
