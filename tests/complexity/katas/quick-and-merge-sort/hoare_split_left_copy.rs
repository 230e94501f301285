// learner: optimal
// idiom: TypeScript/Node backend developer: generic fns with `where` clauses, Hoare partition that stops on equal keys (like the V8 textbook), merge sort copies only the left half into a temp array
// why:
//! Quicksort and merge sort, written by hand: see README.md.

fn pickPivot<T>(items: &[T]) -> usize
where
    T: Ord,
{
    let n = items.len();
    let mut marks = [n / 4, n / 2, (3 * n) / 4];
    // tiny insertion sort of the three marks by the items they point at
    for i in 1..3 {
        let mut j = i;
        while j > 0 && items[marks[j]] < items[marks[j - 1]] {
            marks.swap(j, j - 1);
            j -= 1;
        }
    }
    marks[1]
}

/// Hoare partition with the pivot parked at index 0. Both scans stop on items
/// equal to the pivot, so runs of equal keys get split evenly.
/// Returns the final index of the pivot.
fn hoarePartition<T>(items: &mut [T]) -> usize
where
    T: Ord,
{
    let last = items.len() - 1;
    let mut i = 1;
    let mut j = last;
    loop {
        while i <= j && items[i] < items[0] {
            i += 1;
        }
        while j >= i && items[j] > items[0] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        items.swap(i, j);
        i += 1;
        j -= 1;
    }
    items.swap(0, j);
    j
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    loop {
        if rest.len() <= 1 {
            return;
        }
        let p = pickPivot(rest);
        rest.swap(0, p);
        let at = hoarePartition(rest);
        let (before, after) = rest.split_at_mut(at);
        let after = &mut after[1..];
        if before.len() <= after.len() {
            quicksort(before);
            rest = after;
        } else {
            quicksort(after);
            rest = before;
        }
    }
}

pub fn merge_sort<T>(items: &mut [T])
where
    T: Ord + Clone,
{
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    if items[mid - 1] <= items[mid] {
        return; // already in order
    }
    let left: Vec<T> = items[..mid].to_vec();
    let (mut l, mut r, mut out) = (0, mid, 0);
    while l < left.len() {
        if r < items.len() && items[r] < left[l] {
            items[out] = items[r].clone();
            r += 1;
        } else {
            items[out] = left[l].clone();
            l += 1;
        }
        out += 1;
    }
}
