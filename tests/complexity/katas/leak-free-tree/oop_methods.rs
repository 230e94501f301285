// learner: optimal
// idiom: OOP: private Node methods (up, adopt, detach_children), Rc::into_inner in a Drop worklist, path via a Vec of ancestor handles read back with rev()
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, parent: Option<Weak<RefCell<Node<T>>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent, children: Vec::new() }))
    }

    fn up(&self) -> Option<NodeRef<T>> {
        self.parent.as_ref().and_then(Weak::upgrade)
    }

    fn adopt(&mut self, child: NodeRef<T>) {
        self.children.push(child);
    }

    fn detach_children(&mut self) -> Vec<NodeRef<T>> {
        std::mem::take(&mut self.children)
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = self.detach_children();
        while let Some(handle) = pending.pop() {
            if let Some(cell) = Rc::into_inner(handle) {
                let mut node = cell.into_inner();
                pending.extend(node.detach_children());
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, None)
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Node::fresh(value, Some(Rc::downgrade(parent)));
    parent.borrow_mut().adopt(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut chain: Vec<NodeRef<T>> = vec![Rc::clone(node)];
    while let Some(up) = chain.last().and_then(parent) {
        chain.push(up);
    }
    chain.iter().rev().map(|n| n.borrow().value.clone()).collect()
}
