// learner: slow
// idiom: Nix: values are immutable, so adding a child rebuilds the list: `children = node.children ++ [ child ]`
// why: add_child copies the whole children Vec (w Rc clones) on every call: O(w) per add, O(w^2) to build a node with w children, target O(1)

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
    // old ++ [ child ], a fresh list; the old one is thrown away
    let rebuilt: Vec<NodeRef<T>> = parent
        .borrow()
        .children
        .iter()
        .cloned()
        .chain(std::iter::once(child.clone()))
        .collect();
    parent.borrow_mut().children = rebuilt;
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut acc = Vec::new();
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        acc.push(n.borrow().value.clone());
        cur = parent(&n);
    }
    acc.reverse();
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
