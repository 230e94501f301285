// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: iterator adapters: bottom-up merge over chunks/chunks_mut with peekable merge, fold for the pivot pick)
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest: &mut [T] = items;
    while rest.len() > 1 {
        let n = rest.len();
        // median of first, middle, last: the candidate neither smallest nor largest
        let cands = [0, n / 2, n - 1];
        let pivot = cands
            .iter()
            .copied()
            .find(|&c| {
                let below = cands.iter().filter(|&&o| o != c && rest[o] <= rest[c]).count();
                below == 1
            })
            .unwrap_or(n / 2);
        rest.swap(0, pivot);
        let (mut lt, mut i, mut gt) = (0, 1, n);
        while i < gt {
            match rest[i].cmp(&rest[lt]) {
                std::cmp::Ordering::Less => {
                    rest.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    rest.swap(i, gt);
                }
                std::cmp::Ordering::Equal => i += 1,
            }
        }
        let whole = rest;
        let (low, high) = whole.split_at_mut(gt);
        let low = &mut low[..lt];
        rest = if low.len() <= high.len() {
            quicksort(low);
            high
        } else {
            quicksort(high);
            low
        };
    }
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let mut l = left.iter().peekable();
    let mut r = right.iter().peekable();
    out.iter_mut().for_each(|slot| {
        let from_left = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => a <= b,
            (Some(_), None) => true,
            _ => false,
        };
        let next = if from_left { l.next() } else { r.next() };
        if let Some(v) = next {
            *slot = v.clone();
        }
    });
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut buf = items.to_vec();
    let widths = std::iter::successors(Some(1usize), |w| w.checked_mul(2)).take_while(|&w| w < n);
    let in_buf = widths.fold(false, |in_buf, width| {
        let (src, dst): (&[T], &mut [T]) = if in_buf { (&buf[..], &mut *items) } else { (&*items, &mut buf[..]) };
        src.chunks(2 * width)
            .zip(dst.chunks_mut(2 * width))
            .for_each(|(run, out)| {
                let (l, r) = run.split_at(width.min(run.len()));
                merge_into(l, r, out);
            });
        !in_buf
    });
    if in_buf {
        items.clone_from_slice(&buf);
    }
}
