// learner: optimal
// idiom: ABAP-style long names; quarter-mark median pivot, Dutch-flag partition, recurse smaller / loop larger; top-down merge sort with one shared buffer
use std::cmp::Ordering;

fn index_of_median_of_three<T: Ord>(items: &[T], first_index: usize, second_index: usize, third_index: usize) -> usize {
    let (a, b, c) = (&items[first_index], &items[second_index], &items[third_index]);
    if (a <= b && b <= c) || (c <= b && b <= a) {
        second_index
    } else if (b <= a && a <= c) || (c <= a && a <= b) {
        first_index
    } else {
        third_index
    }
}

/// Returns (end of the "less" block, start of the "greater" block).
fn partition_three_ways<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let number_of_items = items.len();
    let pivot_index = index_of_median_of_three(
        items,
        number_of_items / 4,
        number_of_items / 2,
        (3 * number_of_items) / 4,
    );
    items.swap(0, pivot_index);
    let mut start_of_equal_block = 0;
    let mut current_index = 1;
    let mut start_of_greater_block = number_of_items;
    while current_index < start_of_greater_block {
        match items[current_index].cmp(&items[start_of_equal_block]) {
            Ordering::Less => {
                items.swap(start_of_equal_block, current_index);
                start_of_equal_block += 1;
                current_index += 1;
            }
            Ordering::Greater => {
                start_of_greater_block -= 1;
                items.swap(current_index, start_of_greater_block);
            }
            Ordering::Equal => {
                current_index += 1;
            }
        }
    }
    (start_of_equal_block, start_of_greater_block)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut remaining_slice = items;
    while remaining_slice.len() > 1 {
        let (end_of_less_block, start_of_greater_block) = partition_three_ways(remaining_slice);
        let (less_and_equal_part, greater_part) = remaining_slice.split_at_mut(start_of_greater_block);
        let less_part = &mut less_and_equal_part[..end_of_less_block];
        if less_part.len() < greater_part.len() {
            quicksort(less_part);
            remaining_slice = greater_part;
        } else {
            quicksort(greater_part);
            remaining_slice = less_part;
        }
    }
}

fn merge_sort_range<T: Ord + Clone>(items: &mut [T], buffer: &mut [T]) {
    let number_of_items = items.len();
    if number_of_items <= 1 {
        return;
    }
    let middle_index = number_of_items / 2;
    merge_sort_range(&mut items[..middle_index], &mut buffer[..middle_index]);
    merge_sort_range(&mut items[middle_index..], &mut buffer[middle_index..]);
    buffer[..number_of_items].clone_from_slice(items);
    let mut left_index = 0;
    let mut right_index = middle_index;
    let mut output_index = 0;
    while left_index < middle_index && right_index < number_of_items {
        if buffer[left_index] <= buffer[right_index] {
            items[output_index] = buffer[left_index].clone();
            left_index += 1;
        } else {
            items[output_index] = buffer[right_index].clone();
            right_index += 1;
        }
        output_index += 1;
    }
    while left_index < middle_index {
        items[output_index] = buffer[left_index].clone();
        left_index += 1;
        output_index += 1;
    }
    while right_index < number_of_items {
        items[output_index] = buffer[right_index].clone();
        right_index += 1;
        output_index += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut shared_buffer: Vec<T> = items.to_vec();
    merge_sort_range(items, &mut shared_buffer);
}
