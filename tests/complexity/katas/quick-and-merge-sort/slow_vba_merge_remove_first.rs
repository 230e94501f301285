// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): each merge "deletes the first row" of a run with Vec::remove(0), shifting the rest every time
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let total: usize = items.len();
    if total < 2 {
        return;
    }
    let q1: usize = total / 4;
    let q2: usize = total / 2;
    let q3: usize = (3 * total) / 4;
    let mut chosen: usize = q2;
    let a_le_b: bool = items[q1] <= items[q2];
    let b_le_c: bool = items[q2] <= items[q3];
    let a_le_c: bool = items[q1] <= items[q3];
    if a_le_b == b_le_c {
        chosen = q2;
    } else if a_le_b != a_le_c {
        chosen = q1;
    } else {
        chosen = q3;
    }
    items.swap(0, chosen);
    let mut low_end: usize = 0;
    let mut cursor: usize = 1;
    let mut high_start: usize = total;
    while cursor < high_start {
        if items[cursor] < items[low_end] {
            items.swap(cursor, low_end);
            low_end += 1;
            cursor += 1;
        } else if items[cursor] > items[low_end] {
            high_start -= 1;
            items.swap(cursor, high_start);
        } else {
            cursor += 1;
        }
    }
    let (low_part, rest) = items.split_at_mut(low_end);
    let high_part = &mut rest[high_start - low_end..];
    quicksort(low_part);
    quicksort(high_part);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let total: usize = items.len();
    if total < 2 {
        return;
    }
    let half: usize = total / 2;
    merge_sort(&mut items[..half]);
    merge_sort(&mut items[half..]);

    let mut left_rows: Vec<T> = items[..half].to_vec();
    let mut right_rows: Vec<T> = items[half..].to_vec();
    let mut out_row: usize = 0;
    while !left_rows.is_empty() && !right_rows.is_empty() {
        if right_rows[0] < left_rows[0] {
            items[out_row] = right_rows.remove(0);
        } else {
            items[out_row] = left_rows.remove(0);
        }
        out_row += 1;
    }
    while !left_rows.is_empty() {
        items[out_row] = left_rows.remove(0);
        out_row += 1;
    }
    while !right_rows.is_empty() {
        items[out_row] = right_rows.remove(0);
        out_row += 1;
    }
}
