#!/usr/bin/env bash
# Documentation links, checked on every test run:
#  - every relative link [text](target) and image ![alt](target) in the *.md files of the
#    repository's root and of docs/ points at a file or folder that exists, relative to the
#    Markdown file (a target starting with / is taken from the repository's root);
#  - an #anchor into a Markdown file (another one, or the same one: "#anchor") names one of its
#    headings, as GitHub makes anchors of them (lower case, spaces to '-', punctuation other
#    than '-' and '_' dropped, "-1", "-2"... for repeated headings);
#  - README.md stays short (at most 150 lines): the rest belongs in docs/.
# Links to other sites (http:, https:, mailto: and any other scheme) are not checked, nor is
# anything inside code blocks or `code spans`.
set -u
cd "${1:?source dir}" || exit 2

max_readme_lines=150
status=0

mapfile -t files < <( (find . -maxdepth 1 -type f -name '*.md'; [ -d docs ] && find docs -type f -name '*.md' \
                        -not -path '*/build/*' -not -path '*/.git/*') | sed 's|^\./||' | sort)
if [ ${#files[@]} = 0 ]; then
    echo "check-docs: no Markdown files found in $(pwd)"
    exit 1
fi

# The parsing is Perl's: links may span lines, and code must be blanked out first.
summary=$(perl -CSD -Mutf8 -e '
use strict; use warnings;

sub blank { my ($s) = @_; $s =~ s/[^\n]/ /g; return $s; }

# The text without fenced code blocks and code spans, newlines kept (so line numbers hold).
sub prose {
    my ($text) = @_;
    my @out; my $fence;
    for my $line (split /(?<=\n)/, $text) {
        if (defined $fence) {
            $fence = undef if $line =~ /^\s*\Q$fence\E\s*$/;
            push @out, blank($line);
        } elsif ($line =~ /^\s*(```+|~~~+)/) {
            $fence = $1;
            push @out, blank($line);
        } else {
            push @out, $line;
        }
    }
    my $s = join "", @out;
    $s =~ s/(`+)(.+?)\1/blank($1.$2.$1)/gse;
    return $s;
}

sub slug {
    my ($h) = @_;
    $h =~ s/!?\[([^\]]*)\]\([^)]*\)/$1/g;   # a link in a heading counts by its text
    $h =~ s/<[^>]+>//g;                      # inline HTML
    $h = lc $h;
    $h =~ s/[^\p{L}\p{N}\p{M} _-]//g;
    $h =~ s/ /-/g;
    return $h;
}

my %anchors_of;
sub anchors {
    my ($file) = @_;
    return $anchors_of{$file} if $anchors_of{$file};
    my %set; my %seen;
    my $path = $file; utf8::encode($path);
    if (open my $fh, "<", $path) {
        local $/; my $text = <$fh>; close $fh;
        my $fence;
        for my $line (split /\n/, $text) {
            if (defined $fence) { $fence = undef if $line =~ /^\s*\Q$fence\E\s*$/; next; }
            if ($line =~ /^\s*(```+|~~~+)/) { $fence = $1; next; }
            if ($line =~ /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/) {
                my $s = slug($1);
                my $n = $seen{$s}++;
                $set{$n ? "$s-$n" : $s} = 1;
            }
            $set{$1} = 1 while $line =~ /<a\s+(?:name|id)="([^"]+)"/g;
        }
    }
    return $anchors_of{$file} = \%set;
}

# Percent-encoded bytes (UTF-8) back to text.
sub decode {
    my ($s) = @_;
    return $s unless $s =~ /%[0-9A-Fa-f]{2}/;
    utf8::encode($s);
    $s =~ s/%([0-9A-Fa-f]{2})/chr(hex($1))/ge;
    utf8::decode($s);
    return $s;
}

my ($links, $broken) = (0, 0);
for my $file (@ARGV) {
    open my $fh, "<", $file or do { print "check-docs: $file: cannot be read\n"; $broken++; next; };
    local $/; my $text = <$fh>; close $fh;
    my $s = prose($text);
    (my $dir = $file) =~ s{[^/]*$}{};
    my @targets;
    # Inline links and images: [text](target "title"), ![alt](<target>)
    while ($s =~ /!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(<[^>]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|\x27[^\x27]*\x27))?\s*\)/g) {
        my ($target, $at) = ($2, $-[0]);
        $target =~ s/^<(.*)>$/$1/;
        push @targets, [$target, $at];
    }
    # Reference definitions: [name]: target
    while ($s =~ /^[ ]{0,3}\[[^\]]+\]:\s*(\S+)/mg) {
        push @targets, [$1, $-[0]];
    }
    for my $t (sort { $a->[1] <=> $b->[1] } @targets) {
        my ($target, $at) = @$t;
        next if $target =~ /^[A-Za-z][A-Za-z0-9+.-]*:/;   # http:, https:, mailto:, ...
        $links++;
        my $line = 1 + (() = substr($s, 0, $at) =~ /\n/g);
        my ($path, $anchor) = $target =~ /^([^#?]*)(?:\?[^#]*)?(?:#(.*))?$/;
        $path = decode($path // "");
        my $resolved = $path eq "" ? $file : ($path =~ m{^/} ? substr($path, 1) : "$dir$path");
        $resolved = "." if $resolved eq "";
        my $fs = $resolved; utf8::encode($fs);   # the file system wants bytes
        my $ok = -e $fs;
        if ($ok && defined $anchor && $anchor ne "" && $resolved =~ /\.md$/i && -f $fs) {
            $ok = anchors($resolved)->{lc decode($anchor)};
        }
        next if $ok;
        print "check-docs: $file:$line: broken link $target\n";
        $broken++;
    }
}
print "SUMMARY $links $broken\n";
' "${files[@]}")
perl_status=$?

echo "$summary" | grep -v '^SUMMARY '
read -r _ links broken <<<"$(echo "$summary" | grep '^SUMMARY ' | tail -n 1)"
if [ "$perl_status" != 0 ] || [ -z "${links:-}" ]; then
    echo "check-docs: the link check itself failed (perl exited $perl_status)"
    exit 1
fi
[ "$broken" != 0 ] && status=1

if [ -f README.md ]; then
    readme_lines=$(wc -l < README.md)
    if [ "$readme_lines" -gt "$max_readme_lines" ]; then
        echo "check-docs: README.md has $readme_lines lines, more than $max_readme_lines: move the detail into docs/"
        status=1
    fi
else
    echo "check-docs: README.md is missing"
    status=1
fi

[ $status = 0 ] && echo "check-docs: $links links in ${#files[@]} files resolve"
exit $status
