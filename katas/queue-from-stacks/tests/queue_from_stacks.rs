use queue_from_stacks::TwoStackQueue;
use std::collections::VecDeque;
use std::rc::Rc;

#[test]
fn new_queue_is_empty() {
    let mut q: TwoStackQueue<i32> = TwoStackQueue::new();
    assert_eq!(q.len(), 0, "new queue: len");
    assert!(q.is_empty(), "new queue: is_empty");
    assert_eq!(q.peek(), None, "new queue: peek");
    assert_eq!(q.dequeue(), None, "new queue: dequeue");
    let d: TwoStackQueue<i32> = TwoStackQueue::default();
    assert!(d.is_empty(), "default queue: is_empty");
}

#[test]
fn first_in_first_out() {
    let mut q = TwoStackQueue::new();
    for x in [1, 2, 3] {
        q.enqueue(x);
    }
    let got: Vec<Option<i32>> = (0..4).map(|_| q.dequeue()).collect();
    assert_eq!(got, vec![Some(1), Some(2), Some(3), None], "after enqueue 1, 2, 3");
}

#[test]
fn single_element() {
    let mut q = TwoStackQueue::new();
    q.enqueue('x');
    assert_eq!(q.len(), 1, "after enqueue 'x': len");
    assert_eq!(q.peek(), Some(&'x'), "after enqueue 'x': peek");
    assert_eq!(q.dequeue(), Some('x'), "after enqueue 'x': dequeue");
    assert!(q.is_empty(), "after enqueue 'x' and dequeue: is_empty");
}

#[test]
fn interleaved_operations_keep_order() {
    let mut q = TwoStackQueue::new();
    q.enqueue(1);
    q.enqueue(2);
    assert_eq!(q.dequeue(), Some(1), "enqueue 1, 2; dequeue");
    q.enqueue(3); // 2 waits on one stack, 3 on the other
    assert_eq!(q.dequeue(), Some(2), "enqueue 1, 2; dequeue; enqueue 3; dequeue");
    q.enqueue(4);
    assert_eq!(q.dequeue(), Some(3), "... enqueue 4; dequeue");
    assert_eq!(q.dequeue(), Some(4), "... dequeue");
    assert_eq!(q.dequeue(), None, "... dequeue on empty");
}

#[test]
fn peek_does_not_remove() {
    let mut q = TwoStackQueue::new();
    q.enqueue("a");
    q.enqueue("b");
    assert_eq!(q.peek(), Some(&"a"), "enqueue a, b; peek (nothing dequeued yet)");
    assert_eq!(q.peek(), Some(&"a"), "enqueue a, b; peek twice");
    assert_eq!(q.len(), 2, "enqueue a, b; peek; len");
    assert_eq!(q.dequeue(), Some("a"), "enqueue a, b; dequeue");
    q.enqueue("c");
    assert_eq!(q.peek(), Some(&"b"), "enqueue a, b; dequeue; enqueue c; peek");
    assert_eq!(q.dequeue(), Some("b"), "... dequeue");
    assert_eq!(q.peek(), Some(&"c"), "... peek");
}

#[test]
fn len_counts_both_stacks() {
    let mut q = TwoStackQueue::new();
    for x in 0..5 {
        q.enqueue(x);
    }
    q.dequeue();
    q.enqueue(5);
    q.enqueue(6);
    assert_eq!(q.len(), 6, "enqueue 0..5; dequeue; enqueue 5, 6: len");
    assert!(!q.is_empty(), "enqueue 0..5; dequeue; enqueue 5, 6: is_empty");
}

#[test]
fn reusable_after_draining() {
    let mut q = TwoStackQueue::new();
    for round in 0..3 {
        for x in 0..4 {
            q.enqueue(round * 10 + x);
        }
        for x in 0..4 {
            assert_eq!(q.dequeue(), Some(round * 10 + x), "round {round}, element {x}");
        }
        assert_eq!(q.dequeue(), None, "round {round}: drained");
        assert!(q.is_empty(), "round {round}: is_empty");
    }
}

#[test]
fn works_without_clone_and_drops_everything() {
    struct NoClone(u32);
    let mut q = TwoStackQueue::new();
    q.enqueue(NoClone(7));
    q.enqueue(NoClone(8));
    assert_eq!(q.dequeue().map(|v| v.0), Some(7), "non-Clone values: first dequeue");

    // Values still queued are dropped with the queue, exactly once.
    let tracker = Rc::new(());
    let mut q = TwoStackQueue::new();
    for _ in 0..5 {
        q.enqueue(Rc::clone(&tracker));
    }
    drop(q.dequeue());
    q.enqueue(Rc::clone(&tracker));
    assert_eq!(Rc::strong_count(&tracker), 6, "5 queued clones + the original");
    drop(q);
    assert_eq!(Rc::strong_count(&tracker), 1, "after dropping the queue");
}

#[test]
fn matches_a_model_on_a_long_mixed_sequence() {
    // Deterministic LCG drives a mix of operations; VecDeque is the oracle.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut q = TwoStackQueue::new();
    let mut model = VecDeque::new();
    for step in 0..20_000u32 {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        match (state >> 33) % 5 {
            0 | 1 | 2 => {
                q.enqueue(step);
                model.push_back(step);
            }
            3 => assert_eq!(q.dequeue(), model.pop_front(), "step {step}: dequeue"),
            _ => assert_eq!(q.peek(), model.front(), "step {step}: peek"),
        }
        assert_eq!(q.len(), model.len(), "step {step}: len");
    }
}

#[test]
fn large_queue_drains_quickly() {
    let n = 100_000u32;
    let mut q = TwoStackQueue::new();
    for x in 0..n {
        q.enqueue(x);
    }
    // Keep the queue at size n while cycling through it, then drain it.
    for x in 0..n {
        assert_eq!(q.dequeue(), Some(x), "queue of {n}: cycling dequeue #{x}");
        q.enqueue(n + x);
    }
    for x in n..2 * n {
        assert_eq!(q.dequeue(), Some(x), "queue of {n}: draining dequeue #{x}");
    }
    assert_eq!(q.dequeue(), None, "queue of {n}: fully drained");
}
