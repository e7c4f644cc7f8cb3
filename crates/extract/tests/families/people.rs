//! leader_of, founder_of and member_of: a person and the group they lead, founded or belong to.

use super::{check, check_named, check_none, Case, NamedCase};

#[test]
fn leaders() {
    check(&[
        Case { text: "Abubakar Shekau, who led Boko Haram from 2009, died in 2021.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Hamas political chief Ismail Haniyeh was killed in Tehran in 2024.", want: &[("leader_of", "Ismail Haniyeh", "Hamas")], not: &[] },
        Case { text: "Joseph Kony remains at the helm of the Lord's Resistance Army.", want: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "The Islamic State named Abu Ibrahim al-Hashimi al-Qurashi as its new caliph in 2019.", want: &[("leader_of", "Abu Ibrahim al-Hashimi al-Qurashi", "Islamic State")], not: &[] },
        Case { text: "Ayman al-Zawahiri succeeded Osama bin Laden as leader of al-Qaeda in 2011.", want: &[("leader_of", "Ayman al-Zawahiri", "al-Qaeda")], not: &[] },
        Case { text: "Under its commander Mokhtar Belmokhtar, al-Mourabitoun attacked a hotel in Bamako.", want: &[("leader_of", "Mokhtar Belmokhtar", "al-Mourabitoun")], not: &[] },
        Case { text: "Naim Qassem, Hezbollah's deputy leader, spoke in Beirut.", want: &[], not: &[("leader_of", "Naim Qassem", "Hezbollah")] },
        Case { text: "A leader of the Afghan government met Taliban envoys in Doha.", want: &[], not: &[("leader_of", "", "")] },
        Case { text: "The Taliban's leader was not named in the report.", want: &[], not: &[("leader_of", "", "")] },
        Case { text: "Jabhat al-Nusra, which was led by one of Baghdadi's former deputies, Abu Mohammad al-Julani, broke with the Islamic State.", want: &[("leader_of", "Abu Mohammad al-Julani", "Jabhat al-Nusra")], not: &[("leader_of", "Abu Bakr al-Baghdadi", "Jabhat al-Nusra")] },
        Case { text: "The Allied Democratic Forces attacked a school in western Uganda. Since 2019 the Islamic State has presented the group as one of its provinces. Its leader, Musa Baluku, took over in 2015.", want: &[("leader_of", "Musa Baluku", "Allied Democratic Forces")], not: &[("leader_of", "Musa Baluku", "Islamic State")] },
    ]);
}

#[test]
fn founders() {
    check(&[
        Case { text: "Osama bin Laden, the founder of al-Qaeda, was killed in 2011.", want: &[("founder_of", "Osama bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "Hamas was founded in 1987 by Sheikh Ahmed Yassin.", want: &[("founder_of", "Ahmed Yassin", "Hamas")], not: &[] },
        Case { text: "Mohammed Yusuf established Boko Haram in Maiduguri in 2002.", want: &[("founder_of", "Mohammed Yusuf", "Boko Haram")], not: &[] },
        Case { text: "Joseph Kony, who formed the Lord's Resistance Army in the late 1980s, is still at large.", want: &[("founder_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "The Haqqani network's founder, Jalaluddin Haqqani, died in 2018.", want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")], not: &[] },
        Case { text: "Hafiz Saeed co-founded Lashkar-e-Taiba in the early 1990s.", want: &[("founder_of", "Hafiz Saeed", "Lashkar-e-Taiba")], not: &[] },
        Case { text: "Ahmed Abdi Godane was among the founders of al-Shabaab.", want: &[("founder_of", "Ahmed Abdi Godane", "al-Shabaab")], not: &[] },
        Case { text: "Mullah Omar founded the Taliban movement in 1994 in Kandahar.", want: &[("founder_of", "Mullah Omar", "Taliban")], not: &[] },
        Case { text: "Abu Bakar Bashir, co-founder of Jemaah Islamiyah, was released from prison in 2021.", want: &[("founder_of", "Abu Bakar Bashir", "Jemaah Islamiyah")], not: &[] },
        Case { text: "Abu Musab al-Zarqawi set up Jama'at al-Tawhid wal-Jihad in 1999.", want: &[("founder_of", "Abu Musab al-Zarqawi", "Jama'at al-Tawhid wal-Jihad")], not: &[] },
        Case { text: "The Taliban movement was founded in 1994.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Hamza bin Laden was groomed as a future leader of al-Qaeda.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Officials discussed the foundations of a Taliban government in Doha.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Jalaluddin Haqqani, a mujahideen commander of the 1980s who founded the Haqqani network, died in 2018.", want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")], not: &[] },
    ]);
}

#[test]
fn members() {
    check(&[
        Case { text: "Anwar al-Awlaki, a senior member of al-Qaeda in the Arabian Peninsula, was killed in 2011.", want: &[("member_of", "Anwar al-Awlaki", "al-Qaeda in the Arabian Peninsula")], not: &[] },
        Case { text: "Mohammed Emwazi, an Islamic State militant known as Jihadi John, was killed in Raqqa.", want: &[("member_of", "Mohammed Emwazi", "Islamic State")], not: &[] },
        Case { text: "Hamza bin Laden joined al-Qaeda as a teenager.", want: &[("member_of", "Hamza bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "Islamic State spokesman Abu Mohammed al-Adnani was killed in Aleppo province in 2016.", want: &[("member_of", "Abu Mohammed al-Adnani", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab spokesman Ali Dhere said the group carried out the attack.", want: &[("member_of", "Ali Dhere", "al-Shabaab")], not: &[] },
        Case { text: "Mokhtar Belmokhtar, a veteran of al-Qaeda in the Islamic Maghreb, broke with its leadership in 2012.", want: &[("member_of", "Mokhtar Belmokhtar", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "The Egyptian militant Abu Hamza al-Muhajir travelled to Iraq to join al-Qaeda in Iraq.", want: &[("member_of", "Abu Hamza al-Muhajir", "al-Qaeda in Iraq")], not: &[] },
        Case { text: "Among the dead was Abu Ayyub al-Masri, a senior figure in al-Qaeda in Iraq.", want: &[("member_of", "Abu Ayyub al-Masri", "al-Qaeda in Iraq")], not: &[] },
        Case { text: "Adnan Abu Walid al-Sahrawi had been a commander in al-Mourabitoun before 2015.", want: &[("member_of", "Adnan Abu Walid al-Sahrawi", "al-Mourabitoun")], not: &[] },
        Case { text: "The court convicted Jack Letts, who had joined the Islamic State in Syria.", want: &[("member_of", "Jack Letts", "Islamic State")], not: &[] },
        Case { text: "The Islamic State killed James Foley, an American journalist, in 2014.", want: &[], not: &[("member_of", "James Foley", "")] },
        Case { text: "Nadia Murad, who was held captive by the Islamic State, won the Nobel Peace Prize.", want: &[], not: &[("member_of", "Nadia Murad", "")] },
        Case { text: "Human rights groups said members of the army had killed civilians.", want: &[], not: &[("member_of", "", "")] },
        Case { text: "Omar al-Shishani and Muslem al-Shishani hold senior posts in the Islamic State, including Muslem al-Shishani.", want: &[], not: &[] },
    ]);
}

#[test]
fn leaders_per_rule() {
    check_named(&[
        NamedCase {
            text: "Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed in 2019.",
            facts: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")],
        },
        NamedCase {
            text: "Hezbollah leader Hassan Nasrallah spoke on television.",
            facts: &[("leader_of", "Hassan Nasrallah", "Hezbollah")],
        },
        NamedCase {
            text: "The Lord's Resistance Army, led by Joseph Kony, once roamed northern Uganda.",
            facts: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")],
        },
        NamedCase {
            text: "Al-Shabaab is headed by Ahmad Umar, according to officials.",
            facts: &[("leader_of", "Ahmad Umar", "al-Shabaab")],
        },
        NamedCase {
            text: "Ayman al-Zawahiri became the leader of al-Qaeda in 2011.",
            facts: &[("leader_of", "Ayman al-Zawahiri", "al-Qaeda")],
        },
        NamedCase {
            text: "The Taliban's supreme leader, Hibatullah Akhundzada, rarely appears in public.",
            facts: &[("leader_of", "Hibatullah Akhundzada", "Taliban")],
        },
        NamedCase {
            text: "Sirajuddin Haqqani leads the Haqqani network.",
            facts: &[("leader_of", "Sirajuddin Haqqani", "Haqqani network")],
        },
        NamedCase {
            text: "Boko Haram and its leader, Abubakar Shekau, were blamed.",
            facts: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
        },
        NamedCase {
            text: "Naim Qassem was named the new secretary-general of Hezbollah in 2024.",
            facts: &[("leader_of", "Naim Qassem", "Hezbollah")],
        },
        NamedCase {
            text: "The emir of al-Qaeda, Saif al-Adel, is believed to live in Iran.",
            facts: &[("leader_of", "Saif al-Adel", "al-Qaeda")],
        },
    ]);
    check_none(&[
        ("Hassan Nasrallah met Iranian officials in Tehran.", "leader_of"),
        ("The leader of Pakistan visited Kabul.", "leader_of"),
    ]);
}

#[test]
fn founders_and_members() {
    check_named(&[
        NamedCase {
            text: "Palestinian Islamic Jihad was founded by Fathi Shaqaqi in 1981.",
            facts: &[("founder_of", "Fathi Shaqaqi", "Palestinian Islamic Jihad")],
        },
        NamedCase {
            text: "Osama bin Laden, the founder of al-Qaeda, was killed in Abbottabad.",
            facts: &[("founder_of", "Osama bin Laden", "al-Qaeda")],
        },
        NamedCase {
            text: "Hafiz Saeed co-founded Lashkar-e-Taiba in the 1980s.",
            facts: &[("founder_of", "Hafiz Saeed", "Lashkar-e-Taiba")],
        },
        NamedCase {
            text: "Abu Muhammad al-Adnani, a senior Islamic State official, was killed in 2016.",
            facts: &[("member_of", "Abu Muhammad al-Adnani", "Islamic State")],
        },
        NamedCase {
            text: "Muhsin al-Fadhli, a veteran al-Qaeda operative, moved to Syria.",
            facts: &[("member_of", "Muhsin al-Fadhli", "al-Qaeda")],
        },
        NamedCase {
            text: "Hamas spokesman Abu Obeida released a video.",
            facts: &[("member_of", "Abu Obeida", "Hamas")],
        },
    ]);
}

#[test]
fn members_listed_after_roles_in_a_group() {
    check_named(&[NamedCase {
        text: "Several foreign fighters rose to senior posts in the Islamic State, including Abu Omar al-Shishani and Abu Muhammad al-Adnani.",
        facts: &[("member_of", "Abu Omar al-Shishani", "Islamic State"), ("member_of", "Abu Muhammad al-Adnani", "Islamic State")],
    }]);
}

/// More sentences per rule shape of leader_of (each group names the rule it exercises), and sentences
/// of like wording where no leader_of may come out.
#[test]
fn leader_shapes() {
    check(&[
        // leader_of.appointed_by_group
        Case { text: "Al-Shabaab appointed Ahmad Umar as its new leader in 2014.", want: &[("leader_of", "Ahmad Umar", "al-Shabaab")], not: &[] },
        Case { text: "Al-Qaeda has named Saif al-Adel as its new emir.", want: &[("leader_of", "Saif al-Adel", "al-Qaeda")], not: &[] },
        // leader_of.apposition_then_copula
        Case { text: "Abubakar Shekau, a former theology student from Yobe, became the leader of Boko Haram.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Hassan Nasrallah, a cleric from southern Lebanon, was the secretary-general of Hezbollah.", want: &[("leader_of", "Hassan Nasrallah", "Hezbollah")], not: &[] },
        Case { text: "Ahmad Umar, a veteran of the Somali insurgency, is now the emir of al-Shabaab.", want: &[("leader_of", "Ahmad Umar", "al-Shabaab")], not: &[] },
        // leader_of.became_leader
        Case { text: "Mullah Mansour succeeded Mullah Omar as leader of the Taliban.", want: &[("leader_of", "Mullah Mansour", "Taliban")], not: &[] },
        // leader_of.group_leader_predecessor
        Case { text: "Al-Qaeda's new leader vowed to avenge his predecessor, Osama bin Laden.", want: &[("leader_of", "Osama bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "The Taliban's current chief praised his late predecessor Mullah Omar.", want: &[("leader_of", "Mullah Omar", "Taliban")], not: &[] },
        Case { text: "Boko Haram's new emir said his predecessor Mohammed Yusuf was a martyr.", want: &[("leader_of", "Mohammed Yusuf", "Boko Haram")], not: &[] },
        // leader_of.led_by
        Case { text: "Al-Qaeda, which was led by Osama bin Laden, planned the attacks.", want: &[("leader_of", "Osama bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "The Haqqani network, now headed by Sirajuddin Haqqani, is based in North Waziristan.", want: &[("leader_of", "Sirajuddin Haqqani", "Haqqani network")], not: &[] },
        // leader_of.led_by_apposition
        Case { text: "Jabhat al-Nusra, which was led by one of al-Baghdadi's former aides, Abu Mohammad al-Julani, broke away.", want: &[("leader_of", "Abu Muhammad al-Julani", "Jabhat al-Nusra")], not: &[] },
        Case { text: "ISWAP, which is led by one of Mohammed Yusuf's sons, Abu Musab al-Barnawi, split from Boko Haram.", want: &[("leader_of", "Abu Musab al-Barnawi", "Islamic State West Africa Province")], not: &[] },
        // leader_of.new_leader_and_veteran
        Case { text: "The group named its new leader and al-Qaeda veteran Saif al-Adel in a statement.", want: &[("leader_of", "Saif al-Adel", "al-Qaeda")], not: &[] },
        Case { text: "The Taliban announced their new chief and Taliban veteran Hibatullah Akhundzada on Wednesday.", want: &[("leader_of", "Hibatullah Akhundzada", "Taliban")], not: &[] },
        Case { text: "Al-Shabaab named its new leader and al-Shabaab official Ahmad Umar after the strike.", want: &[("leader_of", "Ahmad Umar", "al-Shabaab")], not: &[] },
        // leader_of.passive_led_by
        Case { text: "Al-Shabaab in Somalia is led by Ahmad Umar.", want: &[("leader_of", "Ahmad Umar", "al-Shabaab")], not: &[] },
        Case { text: "Jaish-e-Mohammed has been headed by Masood Azhar since its founding.", want: &[("leader_of", "Masood Azhar", "Jaish-e-Mohammed")], not: &[] },
        // leader_of.predecessor_of_leader
        Case { text: "Ahmad Umar has led al-Shabaab since the death of his predecessor, Ahmed Abdi Godane.", want: &[("leader_of", "Ahmed Abdi Godane", "al-Shabaab")], not: &[] },
        Case { text: "As emir of the Taliban, Mullah Mansour replaced his late predecessor Mullah Omar.", want: &[("leader_of", "Mullah Omar", "Taliban")], not: &[] },
        Case { text: "Hibatullah Akhundzada heads the Taliban, having replaced his predecessor, Mullah Mansour.", want: &[("leader_of", "Mullah Mansour", "Taliban")], not: &[] },
        // leader_of.title_of_group_name
        Case { text: "The leader of Hezbollah, Hassan Nasrallah, gave a speech.", want: &[("leader_of", "Hassan Nasrallah", "Hezbollah")], not: &[] },
        Case { text: "The chief of the Haqqani network, Sirajuddin Haqqani, is wanted by the FBI.", want: &[("leader_of", "Sirajuddin Haqqani", "Haqqani network")], not: &[] },
        // leader_of.under_its_leader
        Case { text: "Under their new commander, Iyad Ag Ghaly, Ansar Dine advanced south.", want: &[("leader_of", "Iyad Ag Ghaly", "Ansar Dine")], not: &[] },
        Case { text: "Led by their chief, Sirajuddin Haqqani, the Haqqani network grew stronger.", want: &[("leader_of", "Sirajuddin Haqqani", "Haqqani network")], not: &[] },
    ]);
}

/// More sentences per rule shape of founder_of (each group names the rule it exercises), and sentences
/// of like wording where no founder_of may come out.
#[test]
fn founder_shapes() {
    check(&[
        // founder_of.group_founder_name
        Case { text: "Al-Qaeda's founder Osama bin Laden was killed in 2011.", want: &[("founder_of", "Osama bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "Boko Haram founder Mohammed Yusuf died in police custody.", want: &[("founder_of", "Mohammed Yusuf", "Boko Haram")], not: &[] },
        // founder_of.passive_founded_by
        Case { text: "Lashkar-e-Taiba was founded in the 1980s by Hafiz Saeed.", want: &[("founder_of", "Hafiz Saeed", "Lashkar-e-Taiba")], not: &[] },
        Case { text: "Jaish-e-Mohammed was established in 2000 by Masood Azhar.", want: &[("founder_of", "Masood Azhar", "Jaish-e-Mohammed")], not: &[] },
        // founder_of.who_founded
        Case { text: "Mokhtar Belmokhtar, a veteran Algerian jihadist who founded al-Mourabitoun, was reported dead.", want: &[("founder_of", "Mokhtar Belmokhtar", "al-Mourabitoun")], not: &[] },
        Case { text: "Iyad Ag Ghaly, a former Tuareg rebel who later founded Ansar Dine, leads JNIM.", want: &[("founder_of", "Iyad Ag Ghaly", "Ansar Dine")], not: &[] },
        // sentences where no founder_of may come out
        Case { text: "Hafiz Saeed visited the Lashkar-e-Taiba offices he funds.", want: &[], not: &[("founder_of", "", "")] },
    ]);
}

/// More sentences per rule shape of member_of (each group names the rule it exercises), and sentences
/// of like wording where no member_of may come out.
#[test]
fn member_shapes() {
    check(&[
        // member_of.one_of_its_ranks
        Case {
            text: "Saif al-Adel was one of the senior commanders of al-Qaeda.",
            want: &[("member_of", "Saif al-Adel", "al-Qaeda")],
            not: &[],
        },
        Case {
            text: "Abu Musab al-Zarqawi had been a lieutenant in al-Qaeda.",
            want: &[("member_of", "Abu Musab al-Zarqawi", "al-Qaeda")],
            not: &[],
        },
        // member_of.roles_including
        Case {
            text: "Leaders of the Islamic State, including Abu Muhammad al-Adnani, were killed.",
            want: &[("member_of", "Abu Muhammad al-Adnani", "Islamic State")],
            not: &[],
        },
        // sentences where no member_of may come out
        Case {
            text: "Omar Hammami criticised al-Shabaab in a video.",
            want: &[],
            not: &[("member_of", "", "")],
        },
        Case {
            text: "Abu Omar al-Shishani fought the Islamic State's rivals.",
            want: &[],
            not: &[("member_of", "", "")],
        },
    ]);
}

/// `leader_of.possessive_apposition`, `leader_of.title_is_person` and
/// `leader_of.succeeded_in_leadership`.
#[test]
fn leaders_by_possessive_title_and_succession() {
    check(&[
        Case {
            text: "Abubakar Shekau, Boko Haram's leader since 2009, appeared in a new video.",
            want: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Hassan Nasrallah, the Hezbollah's secretary-general, gave a speech on Friday.",
            want: &[("leader_of", "Hassan Nasrallah", "Hezbollah")],
            not: &[],
        },
        Case {
            text: "After the raid the leader of al-Shabaab became Ahmed Diriye.",
            want: &[("leader_of", "Ahmed Diriye", "al-Shabaab")],
            not: &[],
        },
        Case {
            text:
                "Ayman al-Zawahiri succeeded Osama bin Laden in the leadership of al-Qaeda in 2011.",
            want: &[
                ("leader_of", "Osama bin Laden", "al-Qaeda"),
                ("leader_of", "Ayman al-Zawahiri", "al-Qaeda"),
            ],
            not: &[],
        },
        Case {
            text: "Abubakar Shekau, Boko Haram's former spokesman's rival, spoke.",
            want: &[],
            not: &[],
        },
        Case {
            text: "Hassan Nasrallah, Hezbollah's guest at the rally, met the leader of Hamas.",
            want: &[],
            not: &[("leader_of", "Hassan Nasrallah", "Hezbollah")],
        },
    ]);
}

/// `leader_of.leads` and `leader_of.predecessor_of_leader` with taking charge: the one who takes
/// charge leads, and so did the predecessor named after.
#[test]
fn taking_charge_of_a_group() {
    check(&[
        Case { text: "Hibatullah Akhundzada took charge of the Taliban in 2016 after the killing of his predecessor Akhtar Mansour in a drone strike.", want: &[("leader_of", "Hibatullah Akhundzada", "Taliban"), ("leader_of", "Akhtar Mansour", "Taliban")], not: &[] },
        Case { text: "Ahmed Diriye assumed command of al-Shabaab in 2014 after the death of his predecessor, Ahmed Abdi Godane.", want: &[("leader_of", "Ahmed Diriye", "al-Shabaab"), ("leader_of", "Ahmed Abdi Godane", "al-Shabaab")], not: &[] },
        Case { text: "Abubakar Shekau, who took the reins of Boko Haram in 2009, was rarely seen in public.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Soldiers took charge of the prison after Abubakar Shekau escaped from Boko Haram custody.", want: &[], not: &[("leader_of", "", "")] },
    ]);
}

// Issue 12, item 3: constructions that name a leader, founder or member in other words.

#[test]
fn a_group_led_by_a_person_however_written() {
    check(&[
        Case { text: "Fighters of the 'Lord's Resistance Army' led by Joseph Kony raided the village.", want: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "Joseph Kony fled to the Central African Republic. The Kony-led Lord's Resistance Army abducted hundreds of children there.", want: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "Abubakar Shekau rejected the talks. Villagers fled the Shekau-led Boko Haram fighters in 2014.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "The US-led coalition bombed Islamic State positions near Raqqa.", want: &[], not: &[("leader_of", "", "")] },
        Case { text: "Troops led by General Okello attacked the Lord's Resistance Army.", want: &[], not: &[("leader_of", "", "Lord's Resistance Army")] },
    ]);
}

#[test]
fn a_person_named_to_head_a_group() {
    check(&[
        Case {
            text: "Hibatullah Akhundzada was appointed Taliban chief after a drone strike in 2016.",
            want: &[("leader_of", "Hibatullah Akhundzada", "Taliban")],
            not: &[],
        },
        Case {
            text: "In 2014 Ahmad Umar was named al-Shabaab's new emir.",
            want: &[("leader_of", "Ahmad Umar", "al-Shabaab")],
            not: &[],
        },
        Case {
            text:
                "Abu Ibrahim al-Hashimi al-Qurashi became the Islamic State's caliph within days.",
            want: &[("leader_of", "Abu Ibrahim al-Hashimi al-Qurashi", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Naim Qassem was named Hezbollah's deputy leader in 1991.",
            want: &[],
            not: &[("leader_of", "Naim Qassem", "Hezbollah")],
        },
    ]);
}

#[test]
fn a_leader_described_before_the_name_he_goes_by() {
    check(&[
        Case { text: "The Islamic State in Somalia was led by a Puntland cleric who goes by the name Abdulqadir Mumin.", want: &[("leader_of", "Abdulqadir Mumin", "Islamic State in Somalia")], not: &[] },
        Case { text: "Al-Shabaab, officials say, is now headed by a young commander known only as Ahmad Umar.", want: &[("leader_of", "Ahmad Umar", "al-Shabaab")], not: &[] },
        Case { text: "The new branch is called Boko Haram and will be commanded by a local emir using the nom de guerre Abubakar Shekau.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "The ambush was led by a gunman who goes by the name Abu Hamza, al-Shabaab said.", want: &[], not: &[("leader_of", "", "")] },
    ]);
}

#[test]
fn a_bare_title_in_a_sentence_about_one_group() {
    check(&[
        Case { text: "Boko Haram said in a video that leader Abubakar Shekau had approved the raid.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Al-Shabaab mourned the late leader Ahmed Abdi Godane in a statement on Sunday.", want: &[("leader_of", "Ahmed Abdi Godane", "al-Shabaab")], not: &[] },
        Case { text: "The Taliban released a message from supreme leader Hibatullah Akhundzada before Eid.", want: &[("leader_of", "Hibatullah Akhundzada", "Taliban")], not: &[] },
        Case { text: "Taliban envoys met opposition leader Abdullah Abdullah in Doha.", want: &[], not: &[("leader_of", "", "")] },
        Case { text: "Al-Qaeda welcomed al-Shabaab into its ranks, and leader Ayman al-Zawahiri praised the Somali group.", want: &[("leader_of", "Ayman al-Zawahiri", "al-Qaeda")], not: &[("leader_of", "Ayman al-Zawahiri", "al-Shabaab")] },
        Case { text: "The Taliban sheltered al-Qaeda for years, and the late leader Mullah Omar refused to hand over its men.", want: &[("leader_of", "Mullah Omar", "Taliban")], not: &[("leader_of", "Mullah Omar", "al-Qaeda")] },
        Case { text: "Hamas and Fatah officials met in Cairo, where leader Mahmoud Abbas spoke first.", want: &[], not: &[("leader_of", "", "")] },
    ]);
}

#[test]
fn the_founder_named_after_the_group_or_as_a_founding_member() {
    check(&[
        Case {
            text: "The founder of Boko Haram, Mohammed Yusuf, died in police custody in 2009.",
            want: &[("founder_of", "Mohammed Yusuf", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Pilgrims still honour a co-founder of the original Hamas in Gaza, Ahmed Yassin.",
            want: &[("founder_of", "Ahmed Yassin", "Hamas")],
            not: &[],
        },
        Case {
            text: "Jalaluddin Haqqani, 79, was a founding member of the Haqqani network.",
            want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")],
            not: &[],
        },
        Case {
            text: "Osama bin Laden was one of the founding fathers of al-Qaeda.",
            want: &[("founder_of", "Osama bin Laden", "al-Qaeda")],
            not: &[],
        },
        Case {
            text: "The founder of Boko Haram was killed in 2009, and Abubakar Shekau took over.",
            want: &[],
            not: &[("founder_of", "Abubakar Shekau", "")],
        },
    ]);
}

#[test]
fn commanders_and_deputies_are_members() {
    check(&[
        Case {
            text: "Jamaat-ul-Ahrar split again when its commander Mukarram Khan walked out.",
            want: &[("member_of", "Mukarram Khan", "Jamaat-ul-Ahrar")],
            not: &[("leader_of", "Mukarram Khan", "")],
        },
        Case {
            text: "Hamas commander Mohammed Deif survived several air strikes.",
            want: &[("member_of", "Mohammed Deif", "Hamas")],
            not: &[("leader_of", "Mohammed Deif", "")],
        },
        Case {
            text: "Abu Omar al-Shishani, 30, a senior Islamic State commander, was killed in Iraq.",
            want: &[("member_of", "Abu Omar al-Shishani", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Saif al-Adel, the second in command of al-Qaeda, is believed to live in Iran.",
            want: &[("member_of", "Saif al-Adel", "al-Qaeda")],
            not: &[("leader_of", "Saif al-Adel", "")],
        },
        Case {
            text: "Naim Qassem was deputy leader of Hezbollah for three decades.",
            want: &[("member_of", "Naim Qassem", "Hezbollah")],
            not: &[("leader_of", "Naim Qassem", "")],
        },
        Case {
            text: "Hezbollah's deputy chief Naim Qassem spoke after the funeral.",
            want: &[("member_of", "Naim Qassem", "Hezbollah")],
            not: &[("leader_of", "Naim Qassem", "")],
        },
        Case {
            text: "The second in command of the army, General Okello, attacked al-Shabaab.",
            want: &[],
            not: &[("member_of", "", "al-Shabaab")],
        },
    ]);
}

#[test]
fn people_named_from_or_of_a_group() {
    check(&[
        Case { text: "An air strike killed two senior commanders Abu Omar al-Shishani and Abu Mohammad al-Adnani from the Islamic State.", want: &[("member_of", "Abu Omar al-Shishani", "Islamic State"), ("member_of", "Abu Mohammad al-Adnani", "Islamic State")], not: &[] },
        Case { text: "A 2015 report named militants Abu Omar al-Shishani and Abu Mohammad al-Adnani of the Islamic State.", want: &[("member_of", "Abu Omar al-Shishani", "Islamic State"), ("member_of", "Abu Mohammad al-Adnani", "Islamic State")], not: &[] },
        Case { text: "Mokhtar Belmokhtar of al-Mourabitoun said the fighters had withdrawn.", want: &[("member_of", "Mokhtar Belmokhtar", "al-Mourabitoun")], not: &[] },
        Case { text: "Saif al-Adel, from al-Qaeda, was reported to be living in Iran.", want: &[("member_of", "Saif al-Adel", "al-Qaeda")], not: &[] },
        Case { text: "Troops questioned fighters from al-Shabaab, and Hassan Sheikh Mohamud later visited the camp.", want: &[], not: &[("member_of", "", "")] },
        Case { text: "Ismail Haniyeh, from Gaza, said Hamas would not disarm.", want: &[], not: &[("member_of", "Ismail Haniyeh", "")] },
    ]);
}

#[test]
fn a_regional_post_given_by_a_group_makes_a_member() {
    check(&[
        Case { text: "Isnilon Hapilon, who was designated amir of Southeast Asia by the Islamic State, died in Marawi.", want: &[("member_of", "Isnilon Hapilon", "Islamic State")], not: &[("leader_of", "Isnilon Hapilon", "Islamic State")] },
        Case { text: "Abu Sayyaf's Isnilon Hapilon was named \"emir of East Asia\" by the terror group Daesh in 2016.", want: &[("member_of", "Isnilon Hapilon", "Islamic State")], not: &[] },
        Case { text: "Abu Muhammad al-Julani had been appointed the governor of Syria by al-Qaeda in Iraq.", want: &[("member_of", "Abu Muhammad al-Julani", "al-Qaeda in Iraq")], not: &[] },
        Case { text: "Abu Sayyaf attacked Basilan. Isnilon Hapilon, who was named the group's emir of East Asia by the Islamic State, died in 2017.", want: &[("member_of", "Isnilon Hapilon", "Islamic State")], not: &[] },
        Case { text: "Isnilon Hapilon, who was designated a terrorist by the United States, hid in Basilan with Abu Sayyaf.", want: &[], not: &[("member_of", "Isnilon Hapilon", "")] },
    ]);
}

#[test]
fn a_person_listed_beside_a_leader_is_not_a_pronoun() {
    check(&[Case {
        text: "The council refused to pledge allegiance to Islamic State chief Abu Bakr al-Baghdadi and his Yemeni emir.",
        want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")],
        not: &[("leader_of", "Yemen", ""), ("leader_of", "council", "")],
    }]);
}

#[test]
fn a_group_of_ones_own_named_in_apposition_is_the_one_founded() {
    check(&[
        Case { text: "After a quarrel with the Pakistani Taliban, Omar Khalid Khorasani founded his own faction, Jamaat-ul-Ahrar, in 2014.", want: &[("founder_of", "Omar Khalid Khorasani", "Jamaat-ul-Ahrar")], not: &[("founder_of", "", "Tehrik-i-Taliban Pakistan")] },
        Case { text: "Al-Qaeda in the Islamic Maghreb expelled Mokhtar Belmokhtar, who then created his own outfit, the Signed-in-Blood Battalion.", want: &[("founder_of", "Mokhtar Belmokhtar", "Signed-in-Blood Battalion")], not: &[("founder_of", "", "al-Qaeda in the Islamic Maghreb")] },
        Case { text: "Hafiz Saeed set up his own organisation, Jamaat-ud-Dawa, after Lashkar-e-Taiba was banned.", want: &[("founder_of", "Hafiz Saeed", "Jamaat-ud-Dawa")], not: &[("founder_of", "", "Lashkar-e-Taiba")] },
        Case { text: "Abu Bakr al-Baghdadi praised his own group, the Islamic State, in a rare speech.", want: &[], not: &[("founder_of", "", "")] },
    ]);
}

#[test]
fn leaders_listed_with_their_aliases() {
    check(&[
        Case { text: "Washington sanctioned Gulf Clan leader Dairo Usuga, a.k.a. Otoniel, and former leaders Juan de Dios Usuga, a.k.a. Giovanni, and Henry Salcedo, a.k.a. Gavilan.", want: &[("leader_of", "Dairo Usuga", "Gulf Clan"), ("leader_of", "Giovanni", "Gulf Clan"), ("leader_of", "Gavilan", "Gulf Clan")], not: &[] },
        Case { text: "The Gulf Clan, led by Dairo Usuga (alias Otoniel), controls much of the coast.", want: &[("leader_of", "Otoniel", "Gulf Clan")], not: &[] },
        Case { text: "Gulf Clan leader Dairo Usuga, a.k.a. Otoniel, and members Jobanis Avila and Carlos Moreno were indicted.", want: &[("leader_of", "Otoniel", "Gulf Clan")], not: &[("leader_of", "Jobanis Avila", ""), ("leader_of", "Carlos Moreno", "")] },
    ]);
}

#[test]
fn one_title_among_several_is_a_membership() {
    check(&[
        Case { text: "Abu Omar al-Shishani, a commander of the Islamic State, was killed in 2016.", want: &[("member_of", "Abu Omar al-Shishani", "Islamic State")], not: &[("leader_of", "Abu Omar al-Shishani", "")] },
        Case { text: "Mokhtar Belmokhtar, one of the leaders of al-Qaeda in the Islamic Maghreb, left it in 2012.", want: &[("member_of", "Mokhtar Belmokhtar", "al-Qaeda in the Islamic Maghreb")], not: &[("leader_of", "Mokhtar Belmokhtar", "")] },
        Case { text: "Abu Omar al-Shishani, the Islamic State's military commander, died in 2016.", want: &[("member_of", "Abu Omar al-Shishani", "Islamic State")], not: &[("leader_of", "Abu Omar al-Shishani", "")] },
        Case { text: "Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed in 2019.", want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")], not: &[("member_of", "Abu Bakr al-Baghdadi", "Islamic State")] },
        Case { text: "Jalaluddin Haqqani was a founding member of the Haqqani network.", want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")], not: &[("member_of", "Jalaluddin Haqqani", "")] },
    ]);
}

#[test]
fn a_known_leader_of_a_group_named_by_an_anaphor() {
    check(&[
        Case { text: "Jabhat al-Nusra cut its ties with al-Qaeda in 2016. It comes as the terror group's leader Ayman al-Zawahiri released a new video.", want: &[("leader_of", "Ayman al-Zawahiri", "al-Qaeda")], not: &[("leader_of", "Ayman al-Zawahiri", "Jabhat al-Nusra")] },
        Case { text: "Boko Haram attacked Maiduguri again. The group's leader Abubakar Shekau appeared in a video.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Islamic State fighters fled Mosul. Hours later the militants' leader Abu Bakr al-Baghdadi spoke in a recording.", want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")], not: &[] },
    ]);
}

#[test]
fn a_known_person_named_by_his_surname_alone() {
    check(&[Case {
        text: "El Mayo was arrested in Texas in 2024. Zambada, 76, was a founding member of the Sinaloa Cartel.",
        want: &[("founder_of", "El Mayo", "Sinaloa Cartel")],
        not: &[],
    }]);
}

#[test]
fn a_leader_in_a_relative_clause_or_under_whom_a_group_acts() {
    check(&[
        Case { text: "The Houthis, whose leader Abdul-Malik al-Houthi rarely appears in public, fired missiles at ships.", want: &[("leader_of", "Abdul-Malik al-Houthi", "Houthis")], not: &[] },
        Case { text: "Boko Haram, under Abubakar Shekau, killed thousands of villagers.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Under the leadership of Abu Bakr al-Baghdadi, the Islamic State seized Mosul.", want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")], not: &[] },
        Case { text: "Mokhtar Belmokhtar, the one-eyed veteran who commanded al-Mourabitoun, was reported killed.", want: &[("leader_of", "Mokhtar Belmokhtar", "al-Mourabitoun")], not: &[] },
        Case { text: "Al-Shabaab fought on under pressure, and Abubakar Shekau's men fled.", want: &[], not: &[("leader_of", "Abubakar Shekau", "al-Shabaab")] },
        Case { text: "Abu Bakr al-Baghdadi, who fought the Americans, later praised al-Qaeda.", want: &[], not: &[("leader_of", "", "")] },
    ]);
}

#[test]
fn a_chief_of_another_post_is_no_leader() {
    check(&[
        Case {
            text: "Zabihullah Mujahid, the Taliban's chief spokesman, said the talks had failed.",
            want: &[("member_of", "Zabihullah Mujahid", "Taliban")],
            not: &[("leader_of", "Zabihullah Mujahid", "")],
        },
        Case {
            text: "Hamas chief negotiator Khalil al-Hayya arrived in Cairo on Sunday.",
            want: &[],
            not: &[("leader_of", "Khalil al-Hayya", "")],
        },
        Case {
            text: "Hezbollah chief of staff Fuad Shukr was killed in Beirut.",
            want: &[],
            not: &[("leader_of", "Fuad Shukr", "")],
        },
        Case {
            text: "Hayat Tahrir al-Sham chief Abu Mohammed al-Julani spoke in Idlib.",
            want: &[("leader_of", "Abu Mohammed al-Julani", "Hayat Tahrir al-Sham")],
            not: &[],
        },
    ]);
}

#[test]
fn a_founder_or_leader_in_a_participle_or_object_relative() {
    check(&[
        Case { text: "Hamas, founded by Ahmed Yassin in 1987, still runs Gaza.", want: &[("founder_of", "Ahmed Yassin", "Hamas")], not: &[] },
        Case { text: "Boko Haram, which Mohammed Yusuf founded in 2002, turned violent in 2009.", want: &[("founder_of", "Mohammed Yusuf", "Boko Haram")], not: &[] },
        Case { text: "The Lord's Resistance Army, which was set up in 1987 by Joseph Kony, fled into Congo.", want: &[("founder_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "Ahmed Yassin co-founded Hamas with Abdel Aziz al-Rantisi in 1987.", want: &[("founder_of", "Ahmed Yassin", "Hamas"), ("founder_of", "Abdel Aziz al-Rantisi", "Hamas")], not: &[] },
        Case { text: "Al-Shabaab, which Ahmed Abdi Godane led until 2014, lost Mogadishu in 2011.", want: &[("leader_of", "Ahmed Abdi Godane", "al-Shabaab")], not: &[("founder_of", "", "")] },
        Case { text: "Hamas, founded decades ago, was praised by Ismail Haniyeh.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Hamas, which Ismail Haniyeh praised, fought on.", want: &[], not: &[("founder_of", "", ""), ("leader_of", "", "")] },
    ]);
}

#[test]
fn a_leader_after_a_description_of_him() {
    check(&[
        Case {
            text: "Abubakar Shekau, who was killed in 2021, led Boko Haram for over a decade.",
            want: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Iyad Ag Ghaly, a Tuareg veteran, is leading Ansar Dine again.",
            want: &[("leader_of", "Iyad Ag Ghaly", "Ansar Dine")],
            not: &[],
        },
        Case {
            text: "Joseph Kony is now heading the Lord's Resistance Army from Sudan.",
            want: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")],
            not: &[],
        },
        Case {
            text: "Abubakar Shekau, said a soldier, was leading the attack on Boko Haram's rivals.",
            want: &[],
            not: &[("leader_of", "Abubakar Shekau", "")],
        },
    ]);
}

#[test]
fn the_head_of_a_part_of_a_group_does_not_lead_the_group() {
    check(&[
        Case { text: "Mohammed Deif, the commander of Hamas's military wing, survived several strikes.", want: &[], not: &[("leader_of", "Mohammed Deif", "Hamas")] },
        Case { text: "Abu Mohammad al-Adnani, the head of the Islamic State's propaganda office, was killed in 2016.", want: &[], not: &[("leader_of", "Abu Mohammad al-Adnani", "Islamic State")] },
        Case { text: "Abdullah Azzam, the founder of Hamas' first cells abroad, was killed in 1989.", want: &[], not: &[("founder_of", "", "Hamas")] },
        Case { text: "Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed in Idlib.", want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")], not: &[] },
    ]);
}

#[test]
fn more_ways_to_say_who_founded_leads_or_belongs() {
    check(&[
        Case { text: "Jalaluddin Haqqani, the Haqqani network's founder, died in 2018.", want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")], not: &[] },
        Case { text: "Ahmed Yassin, the late Hamas co-founder, was killed in an air strike.", want: &[("founder_of", "Ahmed Yassin", "Hamas")], not: &[] },
        Case { text: "Abu Bakr al-Baghdadi, the Islamic State leader, appeared in Mosul.", want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")], not: &[] },
        Case { text: "Ahmad Umar, who took over al-Shabaab in 2014, rarely appears in public.", want: &[("leader_of", "Ahmad Umar", "al-Shabaab")], not: &[] },
        Case { text: "Jack Letts, who fought for the Islamic State, lost his citizenship.", want: &[("member_of", "Jack Letts", "Islamic State")], not: &[] },
        Case { text: "Prosecutors said Mohammed Emwazi belonged to the Islamic State for years.", want: &[("member_of", "Mohammed Emwazi", "Islamic State")], not: &[] },
        Case { text: "Police shot a Boko Haram commander identified as Abubakar Shekau, the army claimed.", want: &[("member_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Ahmad Umar, who fought against the Islamic State, spoke in Somalia.", want: &[], not: &[("member_of", "Ahmad Umar", "Islamic State")] },
        Case { text: "Abu Bakr al-Baghdadi took over Mosul with the Islamic State in 2014.", want: &[], not: &[("leader_of", "", "")] },
    ]);
}

#[test]
fn a_then_leader_is_a_leader_at_the_time() {
    check(&[
        Case {
            text:
                "In 2014 the Islamic State's then-leader Abu Bakr al-Baghdadi declared a caliphate.",
            want: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Abubakar Shekau, Boko Haram's then-leader, rejected the talks.",
            want: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Al-Shabaab ex-chief Ahmed Abdi Godane was killed in a US strike.",
            want: &[("leader_of", "Ahmed Abdi Godane", "al-Shabaab")],
            not: &[],
        },
        Case {
            text: "Boko Haram's then-spokesman Abul Qaqa was arrested in 2012.",
            want: &[],
            not: &[("leader_of", "", "")],
        },
    ]);
}

#[test]
fn one_of_a_groups_leaders_is_a_member() {
    check(&[
        Case {
            text: "A senior Hamas leader, Khalil al-Hayya, arrived in Cairo for talks.",
            want: &[("member_of", "Khalil al-Hayya", "Hamas")],
            not: &[("leader_of", "Khalil al-Hayya", "")],
        },
        Case {
            text: "Taliban leaders Sirajuddin Haqqani and Mullah Yaqoob met in Kandahar.",
            want: &[
                ("member_of", "Sirajuddin Haqqani", "Taliban"),
                ("member_of", "Mullah Yaqoob", "Taliban"),
            ],
            not: &[("leader_of", "", "")],
        },
        Case {
            text: "Police arrested another al-Shabaab emir, Ahmed Abdi Godane, in the raid.",
            want: &[("member_of", "Ahmed Abdi Godane", "al-Shabaab")],
            not: &[("leader_of", "", "")],
        },
        Case {
            text: "The former Taliban leader Mullah Omar died in 2013.",
            want: &[("leader_of", "Mullah Omar", "Taliban")],
            not: &[],
        },
    ]);
}

#[test]
fn founding_leaders_successors_and_bracketed_titles() {
    check(&[
        Case {
            text: "Al-Qaeda founding leader Osama bin Laden was killed in Abbottabad.",
            want: &[("founder_of", "Osama bin Laden", "al-Qaeda")],
            not: &[],
        },
        Case {
            text: "In 2016 Hibatullah Akhundzada replaced Akhtar Mansour as leader of the Taliban.",
            want: &[
                ("leader_of", "Hibatullah Akhundzada", "Taliban"),
                ("leader_of", "Akhtar Mansour", "Taliban"),
            ],
            not: &[],
        },
        Case {
            text: "Abubakar Shekau (Boko Haram's leader since 2009) died in 2021.",
            want: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Mohammed Emwazi, who was a member of the Islamic State, was killed in Raqqa.",
            want: &[("member_of", "Mohammed Emwazi", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Abubakar Shekau replaced his own deputy at the head of a Boko Haram unit.",
            want: &[],
            not: &[("leader_of", "", "")],
        },
    ]);
}

#[test]
fn a_person_who_is_a_groups_leader() {
    check(&[
        Case {
            text: "Hibatullah Akhundzada remains the Taliban's supreme leader.",
            want: &[("leader_of", "Hibatullah Akhundzada", "Taliban")],
            not: &[],
        },
        Case {
            text: "By 2010 Abubakar Shekau was Boko Haram's leader.",
            want: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Analysts say Abu Mohammed al-Julani is still the Hayat Tahrir al-Sham chief.",
            want: &[("leader_of", "Abu Mohammed al-Julani", "Hayat Tahrir al-Sham")],
            not: &[],
        },
        Case {
            text: "Zabihullah Mujahid is the Taliban's chief spokesman.",
            want: &[],
            not: &[("leader_of", "", "")],
        },
    ]);
}
