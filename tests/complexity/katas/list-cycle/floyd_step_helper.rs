// learner: optimal
// idiom: Haskell-convert: Floyd tortoise and hare with a small `successor` helper and `?` on Option, descriptive names, has_cycle reuses find_cycle
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn successor(next: &[Option<usize>], node: usize) -> Option<usize> {
    next[node]
}

fn meeting_point(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut tortoise = head;
    let mut hare = head;
    loop {
        hare = successor(next, successor(next, hare)?)?;
        tortoise = successor(next, tortoise)?;
        if tortoise == hare {
            return Some(tortoise);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start_node = head?;
    let meeting_node = meeting_point(next, start_node)?;

    let mut from_head = start_node;
    let mut from_meeting = meeting_node;
    while from_head != from_meeting {
        from_head = successor(next, from_head)?;
        from_meeting = successor(next, from_meeting)?;
    }
    let cycle_entry = from_head;

    let mut cycle_length = 1;
    let mut lap_walker = successor(next, cycle_entry)?;
    while lap_walker != cycle_entry {
        lap_walker = successor(next, lap_walker)?;
        cycle_length += 1;
    }
    Some(Cycle { entry: cycle_entry, len: cycle_length })
}
