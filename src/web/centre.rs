//! The centre section: name, type, region, period, themes, fit, alliances.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fields::*;
use super::memo::View;
use super::pager::Pager;
use super::state::Dispatch;
use crate::engine::edit::{page_of, CheckField, List, NumberField, Pages, TextField};
use crate::engine::model::*;
use crate::session::RawTexts;
use crate::text::catalogue::Lang;
use crate::text::ui::ui;

#[derive(PartialEq)]
pub struct CentreSection {
    pub centre: Centre,
    /// The typed texts under `centre`.
    pub raw: Rc<RawTexts>,
    pub pages: Rc<Pages>,
    /// An alliance just removed, with its undo.
    pub removed: RemovedFrom,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

impl View for CentreSection {
    fn view(&self) -> Html {
        let texts = ui(self.lang);
        let engine = self.lang.texts();
        let centre = &self.centre;
        let dispatch = &self.dispatch;
        let is_empty = centre == &Centre::default();
        let alliances = List::Alliances.path();
        let (page, rows) = page_of(&self.pages, &alliances, centre.alliances.len());
        let year = |field: NumberField, label, value: Option<Decimal>| {
            number_field(field, label, value, &self.raw, None, self.lang, dispatch)
        };
        html! {
            <section class="section" id="field-centre" aria-labelledby="heading-centre">
                { raw(format!(
                    "<h2 id=\"heading-centre\">{}</h2><p class=\"intro\">{}{}</p>",
                    texts.section_centre,
                    texts.centre_intro,
                    if is_empty {
                        format!(" <span class=\"empty-note\">{}</span>", texts.not_filled_in)
                    } else {
                        String::new()
                    }
                )) }
                { text_field(TextField::CentreName, texts.centre_name, centre.name.clone(), None, dispatch) }
                <div class="grid-2">
                    { select_field(TextField::CentreType, texts.centre_type,
                        &options(CentreType::IDS, &|i| engine.centre_type(CentreType::ALL[i])),
                        centre.centre_type.map(CentreType::id), Some(texts.choose), dispatch) }
                    { select_field(TextField::Province, texts.province,
                        &options(Province::IDS, &|i| engine.province(Province::ALL[i])),
                        centre.province.map(Province::id), Some(texts.choose), dispatch) }
                    { year(NumberField::StartYear, texts.start_year, centre.start_year.map(Decimal::from)) }
                    { year(NumberField::DurationYears, texts.duration_years,
                        centre.duration_years.map(Decimal::from)) }
                </div>
                <fieldset class="group" id="field-centre.themes" aria-describedby="help-themes">
                    { raw(legend_and_note(texts.themes, Some(("help-themes", texts.themes_help)), false, self.lang)) }
                    <div class="checks columns">
                        { for Theme::ALL.iter().map(|&theme| check_field(CheckField::Theme(theme),
                            engine.theme(theme), centre.themes.contains(&theme),
                            Some(AttrValue::from(theme.id())), dispatch)) }
                    </div>
                </fieldset>
                <div class="grid-2">
                    { text_field(TextField::RegionalFit, texts.regional_fit, centre.regional_fit.clone(),
                        Some(texts.regional_fit_help), dispatch) }
                    { text_field(TextField::Complementarity, texts.complementarity,
                        centre.complementarity.clone(), Some(texts.complementarity_help), dispatch) }
                </div>
                <fieldset class="group" id="field-centre.alliances" aria-describedby="help-alliances">
                    { raw(legend_and_note(texts.alliances, Some(("help-alliances", texts.alliances_help)),
                        centre.alliances.is_empty(), self.lang)) }
                    { Pager::rows(alliances, centre.alliances.len(), page, texts.alliances, self.lang, dispatch) }
                    <ol class="plain-list" start={(rows.start + 1).to_string()}>
                        { for rows.map(|i| inline_row(List::Alliances, i, &centre.alliances,
                            TextField::Alliance(i), self.lang, dispatch)) }
                    </ol>
                    { add_button(List::Alliances, texts.add_alliance, dispatch) }
                    { self.removed.notice(List::Alliances, self.lang, dispatch) }
                </fieldset>
            </section>
        }
    }
}
