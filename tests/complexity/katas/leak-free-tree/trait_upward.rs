// learner: optimal
// idiom: heavy generics and traits: an Upward trait implemented for NodeRef, generic walk/teardown helpers
use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

trait Upward: Sized {
    type Item;
    fn step_up(&self) -> Option<Self>;
    fn item(&self) -> Self::Item;
}

impl<T: Clone> Upward for NodeRef<T> {
    type Item = T;
    fn step_up(&self) -> Option<Self> {
        self.borrow().up.upgrade()
    }
    fn item(&self) -> T {
        self.borrow().value.clone()
    }
}

fn collect_root_first<U: Upward>(start: &U) -> Vec<U::Item> {
    let mut out = vec![start.item()];
    let mut cur = start.step_up();
    while let Some(n) = cur {
        out.push(n.item());
        cur = n.step_up();
    }
    out.reverse();
    out
}

fn teardown<T>(mut pending: Vec<NodeRef<T>>) {
    while let Some(rc) = pending.pop() {
        if let Ok(cell) = Rc::try_unwrap(rc) {
            let mut node = cell.into_inner();
            pending.append(&mut node.kids);
        }
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        teardown(mem::take(&mut self.kids));
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
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
    collect_root_first(node)
}
