// learner: slow
// why: quicksort is O(n^2) time on many equal items, target O(n log n): two-way Lomuto partition sends every item equal to the pivot to one side
fn pick_pivot<T: Ord>(v: &[T]) -> usize {
    let n = v.len();
    let mut trio = [n / 4, n / 2, 3 * n / 4];
    // tiny insertion sort of three indices by their items
    (1..3).for_each(|i| {
        let mut j = i;
        while j > 0 && v[trio[j]] < v[trio[j - 1]] {
            trio.swap(j, j - 1);
            j -= 1;
        }
    });
    trio[1]
}

fn lomuto<T: Ord>(v: &mut [T]) -> usize {
    let last = v.len() - 1;
    let p = pick_pivot(v);
    v.swap(p, last);
    let store = (0..last).fold(0, |store, i| {
        if v[i] < v[last] {
            v.swap(i, store);
            store + 1
        } else {
            store
        }
    });
    v.swap(store, last);
    store
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = lomuto(v);
        let (left, rest) = v.split_at_mut(p);
        let right = &mut rest[1..];
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let left: Vec<T> = items[..mid].to_vec();
    let right: Vec<T> = items[mid..].to_vec();
    let (mut i, mut j) = (0, 0);
    items.iter_mut().for_each(|slot| {
        let from_left = match (left.get(i), right.get(j)) {
            (Some(a), Some(b)) => a <= b,
            (Some(_), None) => true,
            _ => false,
        };
        *slot = if from_left {
            i += 1;
            left[i - 1].clone()
        } else {
            j += 1;
            right[j - 1].clone()
        };
    });
}
