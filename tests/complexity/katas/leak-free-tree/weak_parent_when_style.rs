// learner: optimal
// idiom: Kotlin-ish: Weak up-link, Vec down-links, loop-based walk with push then reverse, iterative Drop with while-let
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        up: Rc::downgrade(parent),
        kids: Vec::new(),
    }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut result = Vec::new();
    let mut current = Rc::clone(node);
    loop {
        result.push(current.borrow().value.clone());
        let next = parent(&current);
        match next {
            Some(p) => current = p,
            None => break,
        }
    }
    result.reverse();
    result
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.kids);
        while let Some(kid) = pending.pop() {
            when_unique(kid, &mut pending);
        }
    }
}

fn when_unique<T>(kid: NodeRef<T>, pending: &mut Vec<NodeRef<T>>) {
    match Rc::try_unwrap(kid) {
        Ok(cell) => {
            let mut node = cell.into_inner();
            pending.append(&mut node.kids);
        }
        Err(_still_shared) => {}
    }
}
