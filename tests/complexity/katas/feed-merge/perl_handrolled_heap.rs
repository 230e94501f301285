// learner: optimal
// idiom: Perl-veteran: hand-rolled array max-heap of (time, feed, pos) triples with sift up/down index loops, no std heap
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

// a beats b: newer time, or same time and lower feed index
fn gt(a: &(u64, usize, usize), b: &(u64, usize, usize)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

fn down(h: &mut [(u64, usize, usize)], mut i: usize) {
    let n = h.len();
    loop {
        let (l, r) = (2 * i + 1, 2 * i + 2);
        let mut m = i;
        if l < n && gt(&h[l], &h[m]) {
            m = l;
        }
        if r < n && gt(&h[r], &h[m]) {
            m = r;
        }
        if m == i {
            return;
        }
        h.swap(i, m);
        i = m;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h = Vec::with_capacity(feeds.len());
    for (f, v) in feeds.iter().enumerate() {
        if let Some(p) = v.first() {
            h.push((p.time, f, 0usize));
        }
    }
    for i in (0..h.len() / 2).rev() {
        down(&mut h, i);
    }
    let mut out = Vec::with_capacity(n.min(feeds.iter().map(|v| v.len()).sum()));
    while out.len() < n && !h.is_empty() {
        let (_, f, i) = h[0];
        out.push(feeds[f][i]);
        if i + 1 < feeds[f].len() {
            h[0] = (feeds[f][i + 1].time, f, i + 1);
        } else {
            let last = h.pop().unwrap();
            if h.is_empty() {
                break;
            }
            h[0] = last;
        }
        down(&mut h, 0);
    }
    out
}
