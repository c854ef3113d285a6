//! Every text of the page's own interface (labels, help, notices of the
//! app itself), per language. The browser app (`crate::web`) only reads
//! them.
//!
//! One struct with a field per text and one constant per language: a text
//! missing in either language does not compile. Texts with values in them
//! are functions. What the engine judges (findings, fixes, statuses, the
//! names of kinds and themes) comes from `catalogue`; what saving and
//! share links tell the user, from `notices`; words in files, from `words`.

use crate::text::lang::Lang;

pub struct UiTexts {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub disclaimer: &'static str,
    // Issue 22: privacy and accessibility in short, and the wipe button.
    pub privacy_heading: &'static str,
    pub privacy: &'static str,
    pub wipe: &'static str,
    pub wipe_question: fn(usize) -> String,
    pub wipe_download: &'static str,
    pub wipe_confirm: &'static str,
    pub wiped: &'static str,
    pub wiped_elsewhere: &'static str,
    /// The file of every plan the wipe question offers.
    pub all_plans_file: &'static str,
    pub accessibility_heading: &'static str,
    pub accessibility: &'static str,
    pub language: &'static str,
    pub skip_to_results: &'static str,
    // Issue 23: many findings of one kind, grouped (count, code).
    pub finding_group: fn(&str, &str) -> String,
    pub start_heading: &'static str,
    pub examples_label: &'static str,
    pub example_civ: &'static str,
    pub example_empty: &'static str,
    /// An example's file did not come (offline, not found).
    pub example_failed: &'static str,
    pub import_label: &'static str,
    pub import_help: &'static str,
    pub import_failed: fn(&str) -> String,
    pub import_unchanged: &'static str,
    pub import_not_text: &'static str,
    pub loaded_example: fn(&str) -> String,
    pub imported: fn(&str) -> String,
    // issue 21 (data in): rows from a spreadsheet, pasted or from a file
    pub paste: &'static str,
    pub paste_label: &'static str,
    pub paste_file: &'static str,
    pub paste_template: &'static str,
    pub template_file: &'static str,
    pub paste_column: &'static str,
    pub paste_unused: &'static str,
    pub paste_line: &'static str,
    /// Rows to add, rows that cannot be read, totals passed over.
    pub paste_summary: [&'static str; 3],
    pub paste_apply: &'static str,
    pub paste_unknown: &'static str,
    pub paste_missing: &'static str,
    pub paste_left_out: &'static str,
    pub paste_too_long: &'static str,
    pub paste_full: &'static str,
    pub paste_not_text: &'static str,
    pub pasted: &'static str,
    pub form_heading: &'static str,
    pub not_filled_in: &'static str,
    pub choose: &'static str,

    pub section_centre: &'static str,
    pub centre_intro: &'static str,
    pub centre_name: &'static str,
    pub centre_type: &'static str,
    pub province: &'static str,
    pub start_year: &'static str,
    pub duration_years: &'static str,
    pub themes: &'static str,
    pub themes_help: &'static str,
    pub regional_fit: &'static str,
    pub regional_fit_help: &'static str,
    pub alliances: &'static str,
    pub alliances_help: &'static str,
    pub alliance: fn(usize) -> String,
    pub add_alliance: &'static str,

    pub section_partners: &'static str,
    pub partners_intro: &'static str,
    pub partner: fn(usize) -> String,
    pub name: &'static str,
    pub partner_kind: &'static str,
    pub counts_for: fn(&str) -> String,
    pub governance: &'static str,
    pub strategic: &'static str,
    pub executive: &'static str,
    pub top_management: &'static str,
    pub contributions: &'static str,
    pub contribution: fn(usize) -> String,
    pub form: &'static str,
    pub category: &'static str,
    pub hours: &'static str,
    pub hourly_rate: &'static str,
    pub amount: &'static str,
    pub year: &'static str,
    pub description: &'static str,
    pub meeting_hours_excluded: &'static str,
    pub partner_recognised: fn(&str) -> String,
    pub add_partner: &'static str,
    pub add_contribution: &'static str,
    // issue 21: the form, undo, reading the result, print
    pub removed: fn(&str, usize) -> String,
    pub counts_for_nothing: &'static str,
    pub unknown_partner: &'static str,
    pub per: &'static str,
    pub hours_in: &'static str,
    pub counts_as: &'static str,
    pub summary_open: fn(usize, usize) -> String,
    pub summary_first: &'static str,
    pub print_partners: &'static str,
    pub as_table: &'static str,
    pub show_plans: &'static str,

    pub section_budget: &'static str,
    pub budget_intro: &'static str,
    pub budget_line: fn(usize) -> String,
    pub budget_kind: &'static str,
    pub unclassified: &'static str,
    pub for_activity: &'static str,
    pub unnamed_activity: fn(usize) -> String,
    pub unknown_activity: &'static str,
    pub add_budget_line: &'static str,

    pub section_activities: &'static str,
    pub activities_intro: &'static str,
    pub activity: fn(usize) -> String,
    pub goal: &'static str,
    pub target_count: &'static str,
    pub target_unit: &'static str,
    pub experiment: &'static str,
    pub carried_by: &'static str,
    pub add_partners_first: &'static str,
    pub unnamed_partner: fn(usize) -> String,
    pub add_activity: &'static str,

    pub section_impact: &'static str,
    pub impact_intro: &'static str,
    pub indicator: fn(usize) -> String,
    pub group: &'static str,
    pub indicator_label: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    pub unit: &'static str,
    pub add_indicator: &'static str,

    pub move_up: fn(&str) -> String,
    pub move_down: fn(&str) -> String,
    pub remove: fn(&str) -> String,
    pub confirm_remove_partner: fn(&str, usize) -> String,
    pub confirm_remove_activity: fn(&str, usize) -> String,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,

    pub results_heading: &'static str,
    pub verdict: &'static str,
    pub criteria_met: fn(usize, usize) -> String,
    pub no_findings: &'static str,
    pub incomplete_help: &'static str,
    pub fix: &'static str,
    pub summary_verdict: &'static str,
    pub summary_jump: &'static str,

    pub norms_heading: &'static str,
    pub norms_profile: fn(&str, u32, &str) -> String,
    pub norms_intro: &'static str,
    pub norm_source: &'static str,
    pub norm_reading: &'static str,
    pub basis_tag_label: &'static str,

    pub money_heading: &'static str,
    pub chart_title: &'static str,
    pub chart_desc: fn(&str) -> String,
    pub chart_band: fn(&str) -> String,
    pub chart_empty: &'static str,
    pub total_costs: &'static str,
    pub recognised: &'static str,
    pub cash: &'static str,
    pub in_kind: &'static str,
    pub excluded_meeting_hours: &'static str,
    pub bureau: &'static str,
    pub activities_total: &'static str,
    pub bureau_share: fn(&str, &str) -> String,
    pub cost_per_unit: &'static str,
    pub per_unit: fn(&str, &str) -> String,
    pub per_year: &'static str,
    pub year_column: &'static str,
    pub costs_column: &'static str,
    pub cofinancing_column: &'static str,
    pub no_money_yet: &'static str,

    pub plan_list: &'static str,
    pub plan_name: &'static str,
    pub plan_actions: &'static str,
    pub new_plan: &'static str,
    pub duplicate_plan: &'static str,
    pub delete_plan: &'static str,
    pub undo: &'static str,
    pub deleted: fn(&str) -> String,
    pub opened: fn(&str) -> String,
    pub undone: &'static str,
    pub shared_new: &'static str,
    pub shared_empty: &'static str,
    pub shared_saved: &'static str,
    pub share_failed: &'static str,
    pub storage_migrated: &'static str,
    pub storage_not_kept: &'static str,
    pub storage_download: &'static str,
    pub close: &'static str,

    pub tools_heading: &'static str,
    pub tools_help: &'static str,
    pub export: &'static str,
    pub share: &'static str,
    pub share_link: &'static str,
    pub share_help: &'static str,
    pub share_unavailable: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub csv_cofinancing: &'static str,
    pub csv_budget: &'static str,
    pub print: &'static str,

    pub report_title: &'static str,
    pub printed_on: fn(&str) -> String,
    pub partner_count: &'static str,

    pub pages_of: fn(&str) -> String,
    pub page: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_range: fn(&str, &str, &str) -> String,
    pub carriers_chosen: fn(&str) -> String,
    pub with_parties: &'static str,
    pub with_parties_help: &'static str,
    pub with_party: fn(usize) -> String,
    pub add_with_party: &'static str,
    pub measure: &'static str,
    pub host_opened: fn(&str) -> String,
    pub host_verdict_notice: &'static str,
    pub host_recipient: fn(&str) -> String,

    // Issue 20: the werkdefinitie's own verdict, complementarity,
    // valuation, direction, the money per sector and per year.
    pub complementarity: &'static str,
    pub complementarity_help: &'static str,
    pub valuation: &'static str,
    pub direction: &'static str,
    /// Both verdicts in words (the statuses in lower case): Katapult's text
    /// alone, then with Centra-check's guidelines.
    pub both_verdicts: fn(&str, &str) -> String,
    /// Beside a criterion whose werkdefinitie status differs.
    pub werkdefinitie_status: fn(&str) -> String,
    pub per_sector: &'static str,
    /// A sector's recognised cash and in kind.
    pub cash_and_in_kind: fn(&str, &str) -> String,
    pub total: &'static str,
    /// The private part of the cofinancing: amount, share.
    pub private_part: fn(&str, &str) -> String,
    pub no_year: &'static str,
}

// Out of line: inlined, every text the page reads became a choice between
// the two languages' constants, and every text function a call of each.
#[inline(never)]
pub fn ui(lang: Lang) -> &'static UiTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

mod en;
mod nl;

pub use en::EN;
pub use nl::NL;
