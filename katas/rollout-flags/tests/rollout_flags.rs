use rollout_flags::*;

fn users(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("user-{i}")).collect()
}

fn enabled_set(flags: &Flags, flag: &str, all: &[String]) -> Vec<usize> {
    (0..all.len()).filter(|&i| flags.is_enabled(flag, &all[i])).collect()
}

#[test]
fn bucket_matches_the_documented_hash() {
    for (flag, user, want) in [
        ("new-checkout", "alice", 1711),
        ("new-checkout", "bob", 5436),
        ("dark-mode", "alice", 6012),
        ("", "", 3646),
        ("beta", "José 🚀", 7335),
    ] {
        assert_eq!(bucket(flag, user), want, "input: flag {flag:?}, user {user:?}");
    }
    for u in users(1000) {
        let b = bucket("any", &u);
        assert!(b < BUCKETS, "input: flag \"any\", user {u:?}: bucket {b} is out of range");
    }
}

#[test]
fn unknown_flags_are_off_and_bad_percentages_are_refused() {
    let mut flags = Flags::new();
    assert!(!flags.is_enabled("nope", "alice"), "input: a flag that was never set");
    assert_eq!(flags.set_rollout("f", 10_001), Err(RolloutError::PercentageTooHigh(10_001)), "input: 10_001 bp");
    assert!(!flags.is_enabled("f", "alice"), "a refused update must not create or enable the flag");
    flags.set_rollout("f", 10_000).unwrap();
    assert_eq!(flags.set_rollout("f", u32::MAX), Err(RolloutError::PercentageTooHigh(u32::MAX)));
    assert!(flags.is_enabled("f", "alice"), "a refused update must leave the previous 100 % in place");
}

#[test]
fn zero_and_full_rollouts() {
    let all = users(2_000);
    let mut flags = Flags::new();
    flags.set_rollout("f", 0).unwrap();
    assert_eq!(enabled_set(&flags, "f", &all), Vec::<usize>::new(), "input: 0 bp");
    flags.set_rollout("f", 10_000).unwrap();
    assert_eq!(enabled_set(&flags, "f", &all).len(), all.len(), "input: 10_000 bp must enable everybody");
}

#[test]
fn ten_percent_is_about_ten_percent() {
    let all = users(20_000);
    let mut flags = Flags::new();
    flags.set_rollout("new-checkout", 1_000).unwrap();
    let on = enabled_set(&flags, "new-checkout", &all).len();
    assert!((1_800..=2_200).contains(&on), "input: 1_000 bp over 20 000 users: {on} enabled, want about 2 000");
}

#[test]
fn raising_the_percentage_only_adds_users() {
    let all = users(5_000);
    let mut flags = Flags::new();
    let mut previous: Vec<usize> = Vec::new();
    for bp in [0, 100, 1_000, 2_500, 5_000, 9_999, 10_000] {
        flags.set_rollout("search-v2", bp).unwrap();
        let now = enabled_set(&flags, "search-v2", &all);
        let lost: Vec<&String> = previous.iter().filter(|i| now.binary_search(i).is_err()).map(|&i| &all[i]).collect();
        assert!(lost.is_empty(), "raising to {bp} bp switched these users off: {lost:?}");
        previous = now;
    }
    // Rolling back to 10 % gives exactly the same users as the first time at 10 %.
    flags.set_rollout("search-v2", 1_000).unwrap();
    let again = enabled_set(&flags, "search-v2", &all);
    let fresh = {
        let mut f = Flags::new();
        f.set_rollout("search-v2", 1_000).unwrap();
        enabled_set(&f, "search-v2", &all)
    };
    assert_eq!(again, fresh, "10 % after a rollback must equal a fresh 10 % rollout");
}

#[test]
fn different_flags_pick_different_users() {
    let all = users(20_000);
    let mut flags = Flags::new();
    flags.set_rollout("new-checkout", 1_000).unwrap();
    flags.set_rollout("dark-mode", 1_000).unwrap();
    let both = all.iter().filter(|u| flags.is_enabled("new-checkout", u) && flags.is_enabled("dark-mode", u)).count();
    // Independent 10 % samples overlap in about 1 % of users, not 10 %.
    assert!((120..=280).contains(&both), "input: two flags at 1_000 bp over 20 000 users: {both} have both, want about 200");
}

#[test]
fn overrides_take_precedence_deny_first() {
    let mut flags = Flags::new();
    flags.allow("beta", "ada");
    assert!(flags.is_enabled("beta", "ada"), "allow-listed on a flag created by allow() at 0 %");
    assert!(!flags.is_enabled("beta", "bob"), "bob is not listed and the flag is at 0 %");

    flags.set_rollout("beta", 10_000).unwrap();
    flags.deny("beta", "bob");
    assert!(!flags.is_enabled("beta", "bob"), "deny-listed at 100 %");
    flags.allow("beta", "bob");
    assert!(!flags.is_enabled("beta", "bob"), "deny wins over allow");

    assert!(flags.clear_override("beta", "bob"), "bob was on both lists");
    assert!(flags.is_enabled("beta", "bob"), "after clearing, the 100 % rollout decides");
    assert!(!flags.clear_override("beta", "bob"), "nothing left to clear");
    assert!(!flags.clear_override("missing", "bob"), "unknown flag");

    flags.deny("kill", "eve");
    assert!(!flags.is_enabled("kill", "eve"), "a deny on a new flag creates it at 0 %");
}

#[test]
fn unicode_and_empty_ids_are_fine_and_decisions_are_stable() {
    let ids = ["", "José", "日本語ユーザー", "🚀", "user\u{0}null"];
    let mut a = Flags::new();
    let mut b = Flags::new();
    a.set_rollout("f", 5_000).unwrap();
    b.set_rollout("f", 5_000).unwrap();
    for id in ids {
        let want = bucket("f", id) < 5_000;
        assert_eq!(a.is_enabled("f", id), want, "input: user {id:?}, bucket {}", bucket("f", id));
        assert_eq!(b.is_enabled("f", id), want, "a second instance must decide the same for {id:?}");
    }
}

#[test]
fn long_override_lists_stay_fast() {
    let n = 5_000;
    let all = users(2 * n);
    let mut flags = Flags::new();
    flags.set_rollout("ga", 0).unwrap();
    for u in &all[..n] {
        flags.allow("ga", u);
    }
    for u in &all[..n] {
        flags.allow("ga", u); // allowing twice is harmless
    }
    let on = all.iter().filter(|u| flags.is_enabled("ga", u)).count();
    assert_eq!(on, n, "input: {n} allow-listed users out of {} at 0 bp", 2 * n);
}
