// learner: slow
// idiom: Nix: `go ([ n.value ] ++ acc) n.parent` -- prepend while walking up, written with a plain Vec and insert(0, ..)
// why: insert(0, ..) shifts the whole accumulated path on each of the d steps: O(d^2) time for path_to_root, target O(d)

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut acc: Vec<T> = Vec::new();
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        acc.insert(0, n.borrow().value.clone()); // [ value ] ++ acc
        cur = parent(&n);
    }
    acc
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(c) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut n = cell.into_inner();
                stack.append(&mut n.children);
            }
        }
    }
}
