// learner: optimal
// idiom: Dart/Flutter-turned-Rust: Floyd's tortoise and hare written with Option chaining (`?.` becomes and_then), a small `advance` helper, and a shared meeting-point function reused by both entry points
/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// One hop, like `node?.next` in Dart.
fn advance(next: &[Option<usize>], node: Option<usize>) -> Option<usize> {
    node.and_then(|i| next[i])
}

/// Where the hare catches the tortoise, or `None` when the hare falls off the end.
#[allow(non_snake_case)]
fn meetingPoint(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head;
    let mut hare = head;
    loop {
        hare = advance(next, advance(next, hare));
        tortoise = advance(next, tortoise);
        match (tortoise, hare) {
            (_, None) => return None,
            (Some(t), Some(h)) if t == h => return Some(t),
            _ => {}
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meetingPoint(next, head).is_some()
}

#[allow(non_snake_case)]
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meetingPoint(next, head)?;

    // From head and from the meeting point at the same pace: they meet at the entry.
    let mut fromHead = head?;
    let mut fromMeet = meet;
    while fromHead != fromMeet {
        fromHead = next[fromHead]?;
        fromMeet = next[fromMeet]?;
    }
    let entry = fromHead;

    let mut len = 1;
    let mut walker = next[entry]?;
    while walker != entry {
        walker = next[walker]?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
