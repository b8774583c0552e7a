;;; drive.el --- drives eglot on the workspace of e2e/emacs.e2e.ts  -*- lexical-binding: t -*-
;; Loaded after the init.el snippet of docs/editors.md, in `emacs --batch'. Uses eglot's own commands and
;; functions (flymake diagnostics, the completion-at-point function, eglot-code-actions, xref-find-definitions,
;; eglot-rename), writes what it saw to $NEWSDSL_EMACS_RESULTS as JSON and exits. Each step records its own
;; error, so one failure does not hide the others.

(require 'json)
(require 'cl-lib)

(defvar newsdsl-steps (make-hash-table :test 'equal))
(defvar newsdsl-errors (make-hash-table :test 'equal))
(defvar newsdsl-timeout (string-to-number (or (getenv "NEWSDSL_EMACS_TIMEOUT_S") "60")))

(defun newsdsl-wait (what predicate)
  "Wait until PREDICATE holds, as Emacs's command loop would: read the server's output, run timers, end a
command, redisplay and go idle now and then. Batch Emacs has no command loop, and eglot and flymake need
one: eglot-ensure connects from `post-command-hook', flymake waits for its buffer to be displayed
(`window-configuration-change-hook'), and both send changes and re-check from idle timers."
  (let ((deadline (+ (float-time) newsdsl-timeout)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (error "timed out waiting for %s" what))
      (run-hooks 'post-command-hook)
      (run-window-configuration-change-hook)
      (accept-process-output nil 0.05)
      (dolist (timer (copy-sequence timer-idle-list))
        (timer-event-handler timer)))))

(defmacro newsdsl-step (name &rest body)
  `(condition-case err
       (progn ,@body)
     (error (puthash ,name (error-message-string err) newsdsl-errors))))

(defun newsdsl-diagnostics ()
  "The buffer's flymake diagnostics: 1-based line and column, ID, severity word, message."
  (let ((words '((eglot-error . "error") (eglot-warning . "warning") (eglot-note . "info"))))
    (mapcar
     (lambda (d)
       (let* ((beg (flymake-diagnostic-beg d))
              (lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
         (save-excursion
           (goto-char beg)
           `((line . ,(line-number-at-pos beg))
             (column . ,(1+ (- beg (line-beginning-position))))
             (id . ,(plist-get lsp :code))
             (severity . ,(alist-get (flymake-diagnostic-type d) words))
             (message . ,(plist-get lsp :message))))))
     (flymake-diagnostics))))

(defun newsdsl-settled-diagnostics ()
  (newsdsl-wait (format "diagnostics of %s" (buffer-name)) (lambda () (flymake-diagnostics)))
  (let ((last (newsdsl-diagnostics)) (since (float-time)))
    (newsdsl-wait "settled diagnostics"
                  (lambda ()
                    (let ((now (newsdsl-diagnostics)))
                      (unless (equal now last) (setq last now since (float-time)))
                      (> (- (float-time) since) 1.5))))
    last))

(defun newsdsl-goto (regexp &optional offset)
  (goto-char (point-min))
  (re-search-forward regexp)
  (goto-char (+ (match-beginning 0) (or offset 0))))

(defun newsdsl-start (file)
  "Visit FILE; eglot-ensure connects after the first command, so end one as the command loop would."
  (find-file file)
  (run-hooks 'post-command-hook)
  (newsdsl-wait "eglot to connect" (lambda () (and (eglot-current-server) eglot--managed-mode))))

(defun newsdsl-main ()
  (let ((broken (getenv "NEWSDSL_EMACS_BROKEN")) (seed (getenv "NEWSDSL_EMACS_SEED")) diagnostics)
    (newsdsl-step "attach"
      (newsdsl-start broken)
      (puthash "command" (process-command (jsonrpc--process (eglot-current-server))) newsdsl-steps))
    (newsdsl-step "diagnostics"
      (unwind-protect
          (progn
            (push (cons (file-name-nondirectory broken) (newsdsl-settled-diagnostics)) diagnostics)
            (newsdsl-start seed)
            (push (cons (file-name-nondirectory seed) (newsdsl-settled-diagnostics)) diagnostics)
            (puthash "diagnostics" diagnostics newsdsl-steps))
        (switch-to-buffer (find-buffer-visiting broken))))
    (newsdsl-step "hover"
      (newsdsl-goto "{@engineer" 4)
      (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover (eglot--TextDocumentPositionParams))))
        (puthash "hover" (eglot--hover-info (plist-get hover :contents)) newsdsl-steps)))
    (newsdsl-step "completion"
      (newsdsl-goto "^The harbour bridge will close")
      (end-of-line)
      (insert " [the works]{@")
      (let* ((capf (eglot-completion-at-point))
             (table (nth 2 capf)))
        (puthash "completion" (all-completions (buffer-substring-no-properties (nth 0 capf) (nth 1 capf)) table) newsdsl-steps))
      (delete-char (- (length " [the works]{@"))))
    (newsdsl-step "code action"
      (newsdsl-goto "^“We had no choice")
      (let* ((actions (eglot-code-actions (point) nil nil nil))
             (titles (mapcar (lambda (a) (plist-get a :title)) actions))
             (attribute (cl-find-if (lambda (title) (string-prefix-p "Attribute to" title)) titles)))
        (puthash "code_actions" titles newsdsl-steps)
        ;; eglot's own menu, answered as a writer would: the first "Attribute to …".
        ;; last-nonmenu-event: invoked from the keyboard (M-x), so eglot asks with completing-read.
        (let ((last-nonmenu-event ?\r))
          (cl-letf (((symbol-function 'completing-read) (lambda (&rest _) attribute)))
            (eglot-code-actions (point) nil nil t)))
        (newsdsl-goto "^“We had no choice")
        (puthash "fixed_line" (buffer-substring-no-properties (line-beginning-position) (line-end-position)) newsdsl-steps)
        (newsdsl-wait "NEWS001 gone"
                      (lambda ()
                        (puthash "after_fix" (newsdsl-diagnostics) newsdsl-steps)
                        (not (cl-find "NEWS001" (newsdsl-diagnostics) :key (lambda (d) (alist-get 'id d)) :test #'equal))))))
    (newsdsl-step "definition"
      (newsdsl-goto "{@engineer" 4)
      (call-interactively #'xref-find-definitions)
      (puthash "definition" `((line . ,(line-number-at-pos))
                               (text . ,(buffer-substring-no-properties (line-beginning-position) (line-end-position))))
               newsdsl-steps))
    (newsdsl-step "rename"
      (newsdsl-goto "^@source engineer" (length "@source "))
      (eglot-rename "harbour-engineer")
      (save-buffer)
      (puthash "renamed" t newsdsl-steps))))

(condition-case err
    (newsdsl-main)
  (error (puthash "main" (error-message-string err) newsdsl-errors)))
(with-temp-file (getenv "NEWSDSL_EMACS_RESULTS")
  (insert (json-encode `((steps . ,newsdsl-steps) (errors . ,newsdsl-errors)))))
(kill-emacs 0)
