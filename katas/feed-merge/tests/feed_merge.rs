use feed_merge::*;

fn p(id: u64, time: u64) -> Post {
    Post { id, time }
}

/// Builds a feed from times (newest first); ids are `feed * 1000 + position`.
fn feed(feed_no: u64, times: &[u64]) -> Vec<Post> {
    times.iter().enumerate().map(|(i, &t)| p(feed_no * 1000 + i as u64, t)).collect()
}

fn ids(posts: &[Post]) -> Vec<u64> {
    posts.iter().map(|p| p.id).collect()
}

/// Slow but obviously right: sort everything, stable, by (time desc, feed, position).
fn oracle(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut all: Vec<(u64, usize, usize, Post)> = Vec::new();
    for (f, fd) in feeds.iter().enumerate() {
        for (i, &post) in fd.iter().enumerate() {
            all.push((u64::MAX - post.time, f, i, post));
        }
    }
    all.sort_by_key(|&(t, f, i, _)| (t, f, i));
    all.into_iter().take(n).map(|(_, _, _, post)| post).collect()
}

/// SplitMix64, for reproducible random feeds.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn random_feed(rng: &mut Rng, feed_no: u64, len: usize, max_time: u64) -> Vec<Post> {
    let mut times: Vec<u64> = (0..len).map(|_| rng.below(max_time + 1)).collect();
    times.sort_unstable_by(|a, b| b.cmp(a));
    feed(feed_no, &times)
}

#[test]
fn nothing_to_merge() {
    assert_eq!(merge_feeds(&[], 5), vec![], "no feeds at all");
    assert_eq!(merge_feeds(&[vec![], vec![]], 5), vec![], "only empty feeds");
    let feeds = vec![feed(0, &[3, 2, 1])];
    assert_eq!(merge_feeds(&feeds, 0), vec![], "n = 0");
}

#[test]
fn a_single_feed_is_cut_to_n() {
    let feeds = vec![feed(0, &[50, 40, 30, 20, 10])];
    assert_eq!(ids(&merge_feeds(&feeds, 3)), vec![0, 1, 2], "first 3 of one feed");
    assert_eq!(ids(&merge_feeds(&feeds, 9)), vec![0, 1, 2, 3, 4], "n beyond the feed's length");
}

#[test]
fn two_feeds_interleave_by_time() {
    let feeds = vec![feed(1, &[100, 70, 40, 10]), feed(2, &[90, 80, 30])];
    let got = merge_feeds(&feeds, 5);
    let want = vec![p(1000, 100), p(2000, 90), p(2001, 80), p(1001, 70), p(1002, 40)];
    assert_eq!(got, want, "feeds {feeds:?}");
}

#[test]
fn empty_feeds_in_between_are_skipped() {
    let feeds = vec![vec![], feed(1, &[5, 1]), vec![], vec![], feed(4, &[9, 3]), vec![]];
    assert_eq!(ids(&merge_feeds(&feeds, 10)), vec![4000, 1000, 4001, 1001], "feeds {feeds:?}");
}

#[test]
fn equal_times_come_in_feed_order_then_position() {
    let feeds = vec![feed(0, &[7, 7, 3]), feed(1, &[9, 7, 7]), feed(2, &[7])];
    let got = ids(&merge_feeds(&feeds, 7));
    assert_eq!(got, vec![1000, 0, 1, 1001, 1002, 2000, 2], "feeds {feeds:?}");
}

#[test]
fn everything_at_the_same_time() {
    let feeds: Vec<Vec<Post>> = (0..6).map(|f| feed(f, &[42; 3])).collect();
    let got = ids(&merge_feeds(&feeds, 10));
    let want = vec![0, 1, 2, 1000, 1001, 1002, 2000, 2001, 2002, 3000];
    assert_eq!(got, want, "six feeds of three posts, all at time 42");
}

#[test]
fn extreme_timestamps() {
    let feeds = vec![feed(0, &[u64::MAX, 0]), feed(1, &[u64::MAX - 1, 0, 0])];
    let got = merge_feeds(&feeds, 5);
    let want = vec![p(0, u64::MAX), p(1000, u64::MAX - 1), p(1, 0), p(1001, 0), p(1002, 0)];
    assert_eq!(got, want, "feeds {feeds:?}");
}

#[test]
fn random_feeds_match_a_full_sort() {
    let mut rng = Rng(2024);
    for case in 0..300 {
        let k = rng.below(12) as usize;
        let feeds: Vec<Vec<Post>> = (0..k as u64)
            .map(|f| {
                let len = rng.below(15) as usize;
                random_feed(&mut rng, f, len, 20)
            })
            .collect();
        let n = rng.below(60) as usize;
        assert_eq!(merge_feeds(&feeds, n), oracle(&feeds, n), "case {case}: n = {n}, feeds {feeds:?}");
    }
}

#[test]
fn many_feeds_with_a_few_posts_each() {
    // 6 000 followed accounts, 3 posts each; the newest 6 000 posts.
    let mut rng = Rng(7);
    let k = 6_000;
    let feeds: Vec<Vec<Post>> = (0..k).map(|f| random_feed(&mut rng, f, 3, 1_000_000_000)).collect();
    let got = merge_feeds(&feeds, k as usize);
    let want = oracle(&feeds, k as usize);
    assert_eq!(got.len(), want.len(), "number of posts");
    if let Some(i) = (0..got.len()).find(|&i| got[i] != want[i]) {
        panic!("post {i}: got {:?}, want {:?}", got[i], want[i]);
    }
}

#[test]
fn one_long_feed_among_short_ones() {
    let mut feeds = vec![feed(0, &(0..5000).rev().map(|t| t * 2 + 1).collect::<Vec<_>>())];
    feeds.extend((1..50).map(|f| feed(f, &[f * 100])));
    let got = merge_feeds(&feeds, 200);
    assert_eq!(got, oracle(&feeds, 200), "a 5000-post feed and 49 one-post feeds");
}
