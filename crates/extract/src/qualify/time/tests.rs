//! The time expressions of sentences written for these tests, resolved.

use super::*;

fn w(start: Option<&str>, end: Option<&str>) -> Option<When> {
    Some(When { start: start.map(|d| d.parse().unwrap()), end: end.map(|d| d.parse().unwrap()) })
}
fn wo(s: &str, p: Option<&str>) -> Option<When> {
    when_of(s, p)
}

#[test]
fn full_dates_in_all_spellings() {
    let want = w(Some("2014-03-05"), None);
    assert_eq!(wo("The convoy was ambushed on 5 March 2014 near the border.", None), want);
    assert_eq!(wo("The convoy was ambushed on March 5, 2014 near the border.", None), want);
    assert_eq!(wo("Militants struck the depot on 2014-03-05.", None), want);
    assert_eq!(wo("The statement, dated Mar. 5, 2014, named a new emir.", None), want);
    assert_eq!(wo("On the 5th of March 2014 the faction split.", None), want);
}

#[test]
fn months_with_and_without_year() {
    assert_eq!(wo("The cell swore loyalty in May 2015.", None), w(Some("2015-05"), None));
    assert_eq!(
        wo("Its listing came in Sept. 2019 after a review.", None),
        w(Some("2019-09"), None)
    );
    // month after the publication month: previous year
    assert_eq!(wo("The cell swore loyalty in May.", Some("2016-03-10")), w(Some("2015-05"), None));
    assert_eq!(
        wo("The cell swore loyalty in February.", Some("2016-03-10")),
        w(Some("2016-02"), None)
    );
    assert_eq!(
        wo("The cell swore loyalty in March.", Some("2016-03-10")),
        w(Some("2016-03"), None)
    );
    assert_eq!(wo("The cell swore loyalty in May.", None), None);
    // the modal verb is not a month
    assert_eq!(wo("The faction may split in the coming weeks.", Some("2016-03-10")), None);
}

#[test]
fn years_and_anchored_bounds() {
    assert_eq!(wo("The brigade was formed in 2015.", None), w(Some("2015"), None));
    assert_eq!(wo("It has fought the army since 2011.", None), w(Some("2011"), None));
    assert_eq!(
        wo("As early as 2012, its scouts crossed into the valley.", None),
        w(Some("2012"), None)
    );
    assert_eq!(wo("The front had collapsed by 2001.", None), w(None, Some("2001")));
    assert_eq!(wo("It held the port until 2001.", None), w(None, Some("2001")));
    assert_eq!(wo("The network was dormant before 2001.", None), w(None, Some("2001")));
}

#[test]
fn ranges() {
    let want = w(Some("2009"), Some("2014"));
    assert_eq!(wo("Between 2009 and 2014 the movement lost most of its leaders.", None), want);
    assert_eq!(wo("From 2009 to 2014 the movement lost most of its leaders.", None), want);
    assert_eq!(wo("During the 2009-2014 insurgency the movement lost its leaders.", None), want);
    assert_eq!(wo("In the 2009–14 period it grew.", None), want);
    assert_eq!(
        wo("It ruled the district between March and May 2015.", None),
        w(Some("2015-03"), Some("2015-05"))
    );
}

#[test]
fn halves_parts_and_seasons() {
    assert_eq!(
        wo("Defections rose in the second half of 2014.", None),
        w(Some("2014-07"), Some("2014-12"))
    );
    assert_eq!(
        wo("Defections rose in the first half of 2014.", None),
        w(Some("2014-01"), Some("2014-06"))
    );
    assert_eq!(wo("The offensive began in early 2015.", None), w(Some("2015-01"), Some("2015-04")));
    assert_eq!(wo("The offensive began in late 2015.", None), w(Some("2015-09"), Some("2015-12")));
    assert_eq!(wo("The offensive began in mid-2015.", None), w(Some("2015-05"), Some("2015-08")));
    assert_eq!(
        wo("They regrouped in the spring of 2015.", None),
        w(Some("2015-03"), Some("2015-05"))
    );
    assert_eq!(
        wo("They regrouped last summer.", Some("2016-03-01")),
        w(Some("2015-06"), Some("2015-08"))
    );
    assert_eq!(
        wo("They regrouped last summer.", Some("2016-10-01")),
        w(Some("2016-06"), Some("2016-08"))
    );
    assert_eq!(wo("They regrouped last summer.", None), None);
}

#[test]
fn weeks_and_days_relative_to_publication() {
    // 2015-06-25 is a Thursday
    let p = Some("2015-06-25");
    assert_eq!(
        wo("The emir spoke earlier this week.", p),
        w(Some("2015-06-22"), Some("2015-06-25"))
    );
    assert_eq!(wo("The emir spoke last week.", p), w(Some("2015-06-15"), Some("2015-06-21")));
    assert_eq!(wo("The emir spoke yesterday.", p), w(Some("2015-06-24"), None));
    assert_eq!(wo("The emir spoke on Monday.", p), w(Some("2015-06-22"), None));
    assert_eq!(wo("The emir spoke on Friday.", p), w(Some("2015-06-19"), None));
    assert_eq!(wo("The emir spoke on Thursday.", p), w(Some("2015-06-25"), None));
    assert_eq!(wo("The emir spoke last Thursday.", p), w(Some("2015-06-18"), None));
    assert_eq!(wo("Published Sunday, April 28th, 2024 in Kabul.", p), w(Some("2024-04-28"), None));
    // not enough precision, or none
    assert_eq!(wo("The emir spoke earlier this week.", Some("2015-06")), None);
    assert_eq!(wo("The emir spoke yesterday.", None), None);
}

#[test]
fn relative_months_years_and_ago() {
    let p = Some("2015-01-20");
    assert_eq!(wo("The group was banned last year.", p), w(Some("2014"), None));
    assert_eq!(wo("The group was banned earlier this year.", p), w(Some("2015"), None));
    assert_eq!(wo("The group was banned last month.", p), w(Some("2014-12"), None));
    assert_eq!(wo("The group was banned last month.", Some("2015")), None);
    assert_eq!(
        wo("It was founded more than twenty years ago by a cleric.", p),
        w(None, Some("1995"))
    );
    assert_eq!(wo("It was founded more than twenty years ago by a cleric.", None), None);
    assert_eq!(wo("It was founded two decades ago.", p), w(Some("1995"), None));
    assert_eq!(wo("It was founded three years ago.", p), w(Some("2012"), None));
}

#[test]
fn decades() {
    assert_eq!(wo("The movement grew in the 1990s.", None), w(Some("1990"), Some("1999")));
    assert_eq!(wo("The movement grew in the early 2000s.", None), w(Some("2000"), Some("2003")));
    assert_eq!(wo("Since the 1980s it has recruited abroad.", None), w(Some("1980"), None));
}

#[test]
fn figures_are_not_years() {
    assert_eq!(wo("The militia has some 2,000 fighters.", None), None);
    assert_eq!(wo("The militia has 1500 fighters in the north.", None), None);
    assert_eq!(wo("In 2000 villages the group collects taxes.", None), None);
    assert_eq!(wo("The force of 2000 men crossed the river.", None), None);
    assert_eq!(wo("Its ranks rose from 2000 to 3000 in a year.", None), None);
    assert_eq!(wo("Between 1990 and 2000 fighters were trained there.", None), None);
    assert_eq!(wo("Estimates run from 1950-2010 members.", None), None);
    assert_eq!(wo("The group paid $2015 per recruit.", None), None);
    assert_eq!(wo("Up to 2000 militants took part.", None), None);
    assert_eq!(wo("Its budget grew by 20%.", None), None);
    assert!(find_times("About 1,2015 figures and 3000 rifles were listed.", None).is_empty());
}

#[test]
fn anchored_expression_preferred_and_spans() {
    let s = "In 2014 the group, active since 2011, pledged allegiance.";
    assert_eq!(wo(s, None), w(Some("2011"), None));
    let t = find_times(s, None);
    assert_eq!(t.len(), 2);
    assert_eq!(&s[t[0].start..t[0].end], "In 2014");
    assert_eq!(&s[t[1].start..t[1].end], "since 2011");
    // nearest to a region
    let r = s.find("pledged").unwrap();
    assert_eq!(when_near(s, None, (r, r + 7)), w(Some("2011"), None));
    let s2 = "The ministry listed it in 2016; the group has existed since 2009.";
    let r2 = s2.find("listed").unwrap();
    assert_eq!(when_near(s2, None, (r2, r2 + 6)), w(Some("2016"), None));
}

#[test]
fn the_year_before_a_noun() {
    assert_eq!(wo("The 2014 kidnapping drew global attention.", None), w(Some("2014"), None));
    assert_eq!(wo("They blamed the 2000 fighters for the raid.", None), None);
}

#[test]
fn no_time_and_odd_input_never_panics() {
    assert_eq!(wo("The group pledged allegiance to the caliph.", Some("2015-06-25")), None);
    for s in [
        "",
        " ",
        "é",
        "in",
        "since",
        "between 2009 and",
        "from",
        "2014-",
        "2014-13-45",
        "in Mayé",
        "à 2015 ‘ since ’ 2011 — 2014–",
        "May",
        "in 2099999",
        "mid-",
        "last",
        "the 1990",
        "Mar. 5,",
        "5 March",
        "on 31 February 2015",
        "😀 in 2015 😀",
        "since\u{00a0}2011",
    ] {
        for p in [
            None,
            Some("2015"),
            Some("2015-06"),
            Some("2015-06-25"),
            Some("garbage"),
            Some("2015-02-30"),
        ] {
            let _ = find_times(s, p);
            let _ = when_of(s, p);
            let _ = when_near(s, p, (0, s.len() + 10));
        }
    }
    assert_eq!(wo("😀 in 2015 😀", None), w(Some("2015"), None));
    // an impossible day falls back to the month
    assert_eq!(wo("on 31 February 2015", None), w(Some("2015-02"), None));
}

#[test]
fn month_day_without_year_uses_publication() {
    assert_eq!(
        wo("The raid happened on December 5.", Some("2023-01-10")),
        w(Some("2022-12-05"), None)
    );
    assert_eq!(
        wo("The raid happened on 5 January.", Some("2023-01-10")),
        w(Some("2023-01-05"), None)
    );
    assert_eq!(
        wo("The raid happened in early March 2015.", None),
        w(Some("2015-03-01"), Some("2015-03-10"))
    );
}
