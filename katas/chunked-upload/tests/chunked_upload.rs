use chunked_upload::*;
use std::ops::Range;

/// Feeds chunks in order, checking how many new bytes each one reports.
fn feed(up: &mut Upload, chunks: &[(u64, u64, u64)]) {
    for &(offset, len, new) in chunks {
        assert_eq!(up.receive(offset, len), Ok(new), "receive({offset}, {len}) after earlier chunks; missing now: {:?}", up.missing());
    }
}

#[test]
fn fresh_upload_misses_everything() {
    let up = Upload::new(10);
    assert_eq!(up.missing(), vec![0..10]);
    assert_eq!(up.received_bytes(), 0);
    assert!(!up.is_complete());
}

#[test]
fn empty_upload_is_complete_from_the_start() {
    let mut up = Upload::new(0);
    assert!(up.is_complete());
    assert_eq!(up.missing(), Vec::<Range<u64>>::new());
    assert_eq!(up.receive(0, 0), Ok(0));
    assert_eq!(up.receive(0, 1), Err(UploadError::OutOfBounds { offset: 0, len: 1, size: 0 }));
}

#[test]
fn one_chunk_covering_everything() {
    let mut up = Upload::new(5);
    feed(&mut up, &[(0, 5, 5)]);
    assert!(up.is_complete());
    assert_eq!(up.missing(), Vec::<Range<u64>>::new());
}

#[test]
fn out_of_order_chunks_leave_gaps() {
    let mut up = Upload::new(100);
    feed(&mut up, &[(40, 10, 10), (90, 10, 10), (0, 10, 10)]);
    assert_eq!(up.missing(), vec![10..40, 50..90]);
    assert_eq!(up.received_bytes(), 30);
    assert!(!up.is_complete());
}

#[test]
fn duplicates_and_overlaps_count_only_new_bytes() {
    let mut up = Upload::new(30);
    feed(&mut up, &[
        (10, 10, 10), // 10..20
        (10, 10, 0),  // exact duplicate
        (12, 3, 0),   // inside
        (5, 10, 5),   // overlaps the left end: adds 5..10
        (18, 7, 5),   // overlaps the right end: adds 20..25
    ]);
    assert_eq!(up.missing(), vec![0..5, 25..30]);
    assert_eq!(up.received_bytes(), 20);
}

#[test]
fn touching_chunks_merge_without_empty_gaps() {
    let mut up = Upload::new(9);
    feed(&mut up, &[(0, 3, 3), (6, 3, 3), (3, 3, 3)]);
    assert!(up.is_complete(), "0..3, 6..9 and 3..6 cover 0..9; missing: {:?}", up.missing());
    assert_eq!(up.missing(), Vec::<Range<u64>>::new());
}

#[test]
fn a_big_chunk_swallows_several_ranges() {
    let mut up = Upload::new(50);
    feed(&mut up, &[(2, 2, 2), (10, 5, 5), (20, 1, 1), (30, 10, 10), (45, 1, 1)]);
    assert_eq!(up.missing(), vec![0..2, 4..10, 15..20, 21..30, 40..45, 46..50]);
    // 3..35 joins 2..4, 10..15, 20..21 and 30..40 into 2..40.
    feed(&mut up, &[(3, 32, 32 - 1 - 5 - 1 - 5)]);
    assert_eq!(up.missing(), vec![0..2, 40..45, 46..50]);
    assert_eq!(up.received_bytes(), 39);
}

#[test]
fn zero_length_chunks_change_nothing() {
    let mut up = Upload::new(10);
    feed(&mut up, &[(4, 0, 0), (10, 0, 0), (2, 2, 2), (3, 0, 0)]);
    assert_eq!(up.missing(), vec![0..2, 4..10]);
}

#[test]
fn chunks_past_the_end_are_rejected_and_ignored() {
    let mut up = Upload::new(10);
    let bad = [(8, 3), (10, 1), (11, 0), (u64::MAX, 2)];
    for (offset, len) in bad {
        assert_eq!(
            up.receive(offset, len),
            Err(UploadError::OutOfBounds { offset, len, size: 10 }),
            "receive({offset}, {len}) on a 10-byte upload"
        );
    }
    assert_eq!(up.missing(), vec![0..10], "rejected chunks must not be recorded");
    assert_eq!(up.received_bytes(), 0);
}

#[test]
fn huge_uploads_are_tracked_by_ranges_not_bytes() {
    let size = u64::MAX;
    let mut up = Upload::new(size);
    feed(&mut up, &[(size - 5, 5, 5), (0, 1 << 40, 1 << 40)]);
    assert_eq!(up.missing(), vec![(1 << 40)..(size - 5)]);
    feed(&mut up, &[(1, size - 1, size - 1 - (1 << 40) + 1 - 5)]);
    assert!(up.is_complete());
    assert_eq!(up.received_bytes(), size);
}

#[test]
fn many_random_chunks_match_a_byte_map() {
    let size = 200_000u64;
    let mut up = Upload::new(size);
    let mut have = vec![false; size as usize];
    let mut seed = 7u64;
    let mut rand = |below: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % below
    };
    for i in 0..7_000 {
        let offset = rand(size);
        let len = (1 + rand(30)).min(size - offset);
        let new = (offset..offset + len).filter(|&b| !have[b as usize]).count() as u64;
        for b in offset..offset + len {
            have[b as usize] = true;
        }
        assert_eq!(up.receive(offset, len), Ok(new), "chunk #{i}: receive({offset}, {len})");
    }
    let mut want = Vec::new();
    let mut b = 0;
    while b < size {
        if have[b as usize] {
            b += 1;
            continue;
        }
        let start = b;
        while b < size && !have[b as usize] {
            b += 1;
        }
        want.push(start..b);
    }
    let got = up.missing();
    assert_eq!(got.len(), want.len(), "number of gaps");
    assert_eq!(got, want);
    assert_eq!(up.received_bytes(), have.iter().filter(|&&h| h).count() as u64);
}
