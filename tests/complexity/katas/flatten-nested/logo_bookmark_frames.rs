// learner: optimal
// idiom: logo teacher: hand-made stack frames (Bookmark: slice + next index) driven by a plain loop
// why: each child is read once and each list gets one bookmark pushed and popped once: O(n) time, one bookmark per open list O(d) <= O(n) space
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// One "bookmark": which list we are walking, and which child we read next.
/// It is exactly what a recursive call would keep in its stack frame.
struct Bookmark<'a> {
    list_being_walked: &'a [Nested],
    next_child_position: usize,
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut collected_numbers = Vec::new();
    let outermost_children: &[Nested] = match nested {
        Nested::Value(number) => {
            collected_numbers.push(*number);
            return collected_numbers;
        }
        Nested::List(children) => children,
    };

    let mut bookmarks: Vec<Bookmark> = Vec::new();
    bookmarks.push(Bookmark { list_being_walked: outermost_children, next_child_position: 0 });

    loop {
        // Step 1: look at the newest bookmark; none left means we are done.
        let Some(bookmark) = bookmarks.last_mut() else {
            break;
        };
        // Step 2: finished this list? Remove the bookmark and go back up.
        if bookmark.next_child_position == bookmark.list_being_walked.len() {
            bookmarks.pop();
            continue;
        }
        // Step 3: read the next child and move the bookmark forward.
        let child = &bookmark.list_being_walked[bookmark.next_child_position];
        bookmark.next_child_position += 1;
        // Step 4: a number goes to the answer; a list gets its own bookmark.
        match child {
            Nested::Value(number) => collected_numbers.push(*number),
            Nested::List(grandchildren) => bookmarks.push(Bookmark {
                list_being_walked: grandchildren,
                next_child_position: 0,
            }),
        }
    }
    collected_numbers
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values (the tests build one
// 100_000 levels deep). This `Drop` flattens the tree into a work list first,
// so every node is dropped with an empty list: no recursion.
impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
                // `item` is dropped here with an empty list.
            }
        }
    }
}
