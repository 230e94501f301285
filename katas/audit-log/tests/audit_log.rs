use audit_log::*;

/// An independent FNV-1a over the concatenation the README specifies.
fn expected_entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(&prev.to_le_bytes());
    bytes.extend_from_slice(&seq.to_le_bytes());
    bytes.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    bytes.extend_from_slice(actor.as_bytes());
    bytes.extend_from_slice(&(action.len() as u64).to_le_bytes());
    bytes.extend_from_slice(action.as_bytes());
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn sample_log() -> AuditLog {
    let mut log = AuditLog::new();
    for (actor, action) in [
        ("alice", "READ patient/17"),
        ("bob", "UPDATE patient/17 dose=5mg"),
        ("alice", "EXPORT report/2024-Q1"),
        ("svc-backup", "SNAPSHOT db"),
        ("José", "löschen 🗑 record/9"),
        ("carol", "READ patient/3"),
    ] {
        log.append(actor, action);
    }
    log
}

#[test]
fn fnv1a_known_vectors() {
    for (input, want) in [
        (&b""[..], 0xcbf2_9ce4_8422_2325u64),
        (&b"a"[..], 0xaf63_dc4c_8601_ec8c),
        (&b"foobar"[..], 0x8594_4171_f739_67e8),
    ] {
        let got = fnv1a64(input);
        assert_eq!(got, want, "input: {:?}; got {got:#018x}, want {want:#018x}", String::from_utf8_lossy(input));
    }
}

#[test]
fn entry_hash_follows_the_documented_layout() {
    for (prev, seq, actor, action) in [
        (GENESIS, 0, "alice", "READ"),
        (0xdead_beef, 41, "", ""),
        (u64::MAX, u64::MAX, "Zoë", "✓ approve"),
    ] {
        let want = expected_entry_hash(prev, seq, actor, action);
        assert_eq!(entry_hash(prev, seq, actor, action), want, "input: {prev:#x}, {seq}, {actor:?}, {action:?}");
    }
}

#[test]
fn length_prefixes_keep_fields_apart() {
    let a = entry_hash(GENESIS, 0, "ab", "c");
    let b = entry_hash(GENESIS, 0, "a", "bc");
    assert_ne!(a, b, "(\"ab\", \"c\") and (\"a\", \"bc\") must hash differently");
}

#[test]
fn empty_log_is_valid_and_has_genesis_head() {
    let log = AuditLog::new();
    assert_eq!(log.verify(), None, "input: empty log");
    assert_eq!(log.head(), GENESIS);
    assert!(log.is_empty());
}

#[test]
fn append_links_each_entry_to_the_previous_one() {
    let mut log = AuditLog::new();
    let h0 = log.append("alice", "LOGIN");
    assert_eq!(h0, expected_entry_hash(GENESIS, 0, "alice", "LOGIN"), "first entry, input: (alice, LOGIN)");
    let h1 = log.append("alice", "LOGIN");
    assert_eq!(h1, expected_entry_hash(h0, 1, "alice", "LOGIN"), "a repeated action still gets a new hash");
    assert_ne!(h0, h1);
    assert_eq!(log.head(), h1);
    let want = vec![
        Entry { seq: 0, actor: "alice".into(), action: "LOGIN".into(), prev_hash: GENESIS, hash: h0 },
        Entry { seq: 1, actor: "alice".into(), action: "LOGIN".into(), prev_hash: h0, hash: h1 },
    ];
    assert_eq!(log.entries(), &want[..]);
    assert_eq!(log.verify(), None);
}

#[test]
fn single_entry_tampering_is_found() {
    let mut log = AuditLog::new();
    log.append("root", "GRANT admin to mallory");
    log.storage_mut()[0].actor = "alice".into();
    assert_eq!(log.verify(), Some(0), "input: the only entry's actor was edited");
}

#[test]
fn edited_contents_are_found_at_the_edited_entry() {
    let mut log = sample_log();
    assert_eq!(log.verify(), None, "input: untouched sample log");
    log.storage_mut()[3].action = "SNAPSHOT nothing".into();
    assert_eq!(log.verify(), Some(3), "input: entry 3's action edited, hash left alone");

    let mut log = sample_log();
    log.storage_mut()[4].prev_hash ^= 1;
    assert_eq!(log.verify(), Some(4), "input: entry 4's prev_hash flipped");

    let mut log = sample_log();
    log.storage_mut()[2].seq = 7;
    assert_eq!(log.verify(), Some(2), "input: entry 2's seq changed to 7");
}

#[test]
fn rehashing_an_edit_breaks_the_next_link() {
    let mut log = sample_log();
    {
        let e = &mut log.storage_mut()[1];
        e.action = "UPDATE patient/17 dose=50mg".into();
        e.hash = entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
    }
    assert_eq!(log.verify(), Some(2), "input: entry 1 edited and re-hashed; entry 2 still points at the old hash");
}

#[test]
fn deleting_or_reordering_entries_is_found() {
    let mut log = sample_log();
    log.storage_mut().remove(2);
    assert_eq!(log.verify(), Some(2), "input: entry 2 deleted");

    let mut log = sample_log();
    log.storage_mut().swap(1, 4);
    assert_eq!(log.verify(), Some(1), "input: entries 1 and 4 swapped");
}

#[test]
fn only_a_trusted_head_catches_truncation_or_a_rewritten_tail() {
    let mut log = sample_log();
    let published_head = log.head();
    log.storage_mut().pop();
    assert_eq!(log.verify(), None, "a truncated chain is still internally consistent");
    assert_ne!(log.head(), published_head, "but its head no longer matches the published one");
}

#[test]
fn many_appends_then_one_verify() {
    let mut log = AuditLog::new();
    let n = 2_000;
    for i in 0..n {
        log.append(&format!("user{}", i % 37), &format!("READ record/{i}"));
    }
    assert_eq!(log.len(), n);
    assert_eq!(log.verify(), None, "input: {n} untouched appends");
    log.storage_mut()[n - 10].actor.push('!');
    assert_eq!(log.verify(), Some(n - 10), "input: {n} appends, entry {} edited", n - 10);
}
